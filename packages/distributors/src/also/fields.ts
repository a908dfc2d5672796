import type { CredentialField } from '../adapter'
import { ALSO_MARKETPLACES } from './marketplaces'

const ACCOUNT_NEEDS =
  'The user must have the Reseller Admin role and two-factor authentication (2FA) switched off: ' +
  'ALSO cannot issue API sessions to 2FA users. ALSO support can switch 2FA off, or create an ' +
  'API-only user with read access to customers and subscriptions.'

/** The ALSO connection form: which country marketplace, and a marketplace login. */
export const alsoFields: ReadonlyArray<CredentialField> = [
  {
    key: 'marketplace',
    label: 'Marketplace',
    help:
      'The ALSO Cloud Marketplace you log in to, by country: the host in your browser when you use ' +
      'the marketplace (e.g. marketplace.also.de).',
    required: true,
    options: [
      ...ALSO_MARKETPLACES.map(({ value, label }) => ({ value, label })),
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'username',
    label: 'Username',
    help: `The ALSO Cloud Marketplace user Seatkeeper logs in as. ${ACCOUNT_NEEDS}`,
    required: true,
  },
  {
    key: 'password',
    label: 'Password',
    help: `The password of that ALSO Cloud Marketplace user. ${ACCOUNT_NEEDS}`,
    secret: true,
    required: true,
  },
  {
    key: 'accountId',
    label: 'Reseller account id (optional)',
    help:
      'Leave empty: Seatkeeper finds your reseller company from the login. Fill it in only when ' +
      'Test Configuration says ALSO did not answer with your company: it is the numeric AccountId ' +
      'of your own reseller company in the ALSO Cloud Marketplace (ALSO support can tell you).',
    required: false,
  },
]
