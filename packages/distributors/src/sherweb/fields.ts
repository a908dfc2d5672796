import type { CredentialField } from '../adapter'

/** The Sherweb connection form. Credentials come from Cumulus, Security > APIs [C] (Public-Apis README). */
export const sherwebFields: ReadonlyArray<CredentialField> = [
  {
    key: 'environment',
    label: 'Environment',
    help: 'Production is Sherweb itself (api.sherweb.com). Sandbox is the local simulator, for trying Seatkeeper without a Sherweb account.',
    required: true,
    options: [
      { value: 'production', label: 'Production (api.sherweb.com)' },
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'companyName',
    label: 'Company name',
    help: 'The last part of your Cumulus portal address: in https://cumulus.sherweb.com/contoso-msp it is "contoso-msp". It labels this account in messages; the API itself does not need it.',
    required: false,
  },
  {
    key: 'clientId',
    label: 'Client ID',
    help: 'In Cumulus, open Security > APIs and copy the Client ID of your API client. The Service Provider API is in beta: if Security > APIs is missing, ask your Sherweb account manager to enable API access.',
    required: true,
  },
  {
    key: 'clientSecret',
    label: 'Client secret',
    help: 'Shown once in Cumulus under Security > APIs when the API client is created; create a new secret there if it was lost.',
    secret: true,
    required: true,
  },
  {
    key: 'subscriptionKey',
    label: 'Subscription key',
    help: 'The API subscription key (primary or secondary) from Cumulus, Security > APIs. Sherweb requires it on every call, the sign-in included.',
    secret: true,
    required: true,
  },
]
