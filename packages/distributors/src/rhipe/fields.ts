import type { CredentialField } from '../adapter'

/** Where the PRISM client credentials live, in the words of the seed guide. */
const CREDENTIALS_PLACE =
  'In the PRISM portal open Customer Management, press View on your own company (usually the first row), then Manage Client Credentials > Generate Client Credentials.'

export const rhipeFields: ReadonlyArray<CredentialField> = [
  {
    key: 'environment',
    label: 'Environment',
    help: 'Production is the live PRISM portal (prismportal.online). Sandbox is the local simulator for trying Seatkeeper out.',
    required: true,
    options: [
      { value: 'production', label: 'Production (PRISM)' },
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'clientId',
    label: 'Client ID',
    help: `${CREDENTIALS_PLACE} Copy the Client ID shown there.`,
    required: true,
  },
  {
    key: 'clientSecret',
    label: 'Client secret',
    help: `${CREDENTIALS_PLACE} The secret is shown only once when generated: copy it then, or generate new credentials.`,
    secret: true,
    required: true,
  },
]
