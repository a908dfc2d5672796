import type { CredentialField } from '../adapter'

/** The Dicker Data connection form (docs/distributors.md, seed guide "Connecting to Dicker Data"). */
export const dickerdataFields: ReadonlyArray<CredentialField> = [
  {
    key: 'region',
    label: 'Region',
    help: 'The country your Dicker Data account trades in. Australia and New Zealand accounts use the same B2B API; the account code tells them apart.',
    required: true,
    options: [
      { value: 'AU', label: 'Australia' },
      { value: 'NZ', label: 'New Zealand' },
    ],
  },
  {
    key: 'environment',
    label: 'Environment',
    help: 'Production for your live account; Test for the Dicker Data B2B test environment (it needs a test API token from your Account Manager).',
    required: true,
    options: [
      { value: 'production', label: 'Production' },
      { value: 'test', label: 'Test' },
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'apiToken',
    label: 'API token',
    help: 'The B2B API access token (a GUID) your Dicker Data Account Manager issues. It is stored encrypted and never shown again.',
    secret: true,
    required: true,
  },
  {
    key: 'accountCode',
    label: 'Account code',
    help: 'Your Dicker Data account code, as printed on your Dicker Data invoices (your Account Manager can confirm it). Sent with the token exchange; leave it empty only if your Account Manager says the token alone identifies the account.',
    required: false,
  },
]
