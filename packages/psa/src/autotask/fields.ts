import type { CredentialField } from '@seatkeeper/distributors'

const API_USER =
  'In Autotask open Admin > Resources (Users), create a resource with Security Level "API User (system) (API-only)", and on its Security tab generate the secret and choose the API Tracking Identifier (Integration vendor: Custom).'

export const atFields: ReadonlyArray<CredentialField> = [
  {
    key: 'userName',
    label: 'API user name',
    help: `${API_USER} Enter its user name (an e-mail address).`,
    required: true,
  },
  {
    key: 'secret',
    label: 'Secret',
    help: `${API_USER} The secret is shown when it is generated.`,
    secret: true,
    required: true,
  },
  {
    key: 'integrationCode',
    label: 'API tracking identifier',
    help: `${API_USER} Copy the 27-character tracking identifier shown there.`,
    required: true,
  },
  {
    key: 'zone',
    label: 'Zone',
    help: "Your Autotask database's API host, such as webservices15. Leave it blank: testing the connection finds it from the API user name with Autotask's zone lookup, and saves it.",
    required: false,
    discovered: true,
  },
  {
    key: 'currency',
    label: 'Billing currency',
    help: "The currency your Autotask contracts bill in, as a three-letter code (AUD, NZD, USD): Autotask's contract services carry no currency, so Seatkeeper imports their lines in this one. Usually your Autotask database's internal currency.",
    required: false,
    format: {
      pattern: '[A-Za-z]{3}',
      hint: 'is not a three-letter ISO-4217 code: enter it like AUD, NZD or USD',
    },
  },
]
