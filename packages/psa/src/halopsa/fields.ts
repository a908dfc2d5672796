import type { CredentialField } from '@seatkeeper/distributors'

/** Where an API application's values live in Halo (Configuration > Integrations > HaloPSA API). */
const APPLICATIONS =
  'In HaloPSA open Configuration > Integrations > HaloPSA API > View Applications and open (or create) the application for Seatkeeper, with Authentication Method "Client ID and Secret (Services)", a login agent whose permissions allow customers, recurring invoices and software licences, and on its Permissions tab the scopes read:customers, read:invoices, edit:invoices, read:softwarelicensing, edit:softwarelicensing and read:items.'

export const haloFields: ReadonlyArray<CredentialField> = [
  {
    key: 'environment',
    label: 'Environment',
    help: 'Production is your hosted Halo (<tenant>.halopsa.com). Sandbox is the local simulator for trying Seatkeeper out.',
    required: true,
    options: [
      { value: 'production', label: 'Production (halopsa.com)' },
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'tenant',
    label: 'Halo tenant',
    help: 'The first part of your Halo address: for https://contosomsp.halopsa.com enter contosomsp. Seatkeeper only talks to <tenant>.halopsa.com.',
    required: true,
  },
  {
    key: 'clientId',
    label: 'Client ID',
    help: `${APPLICATIONS} Copy its Client ID.`,
    required: true,
  },
  {
    key: 'clientSecret',
    label: 'Client secret',
    help: `${APPLICATIONS} The secret is shown once, when the application is saved: copy it then, or generate a new one.`,
    secret: true,
    required: true,
  },
]
