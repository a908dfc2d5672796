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
    help: "Your Autotask database's API host, such as webservices15 — found from the API user name with Autotask's zone lookup when you test the connection.",
    required: true,
  },
]
