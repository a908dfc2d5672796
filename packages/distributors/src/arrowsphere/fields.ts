import type { CredentialField } from '../adapter'

/** The ArrowSphere connection form: which environment, and the partner's API key. */
export const arrowsphereFields: ReadonlyArray<CredentialField> = [
  {
    key: 'environment',
    label: 'Environment',
    help:
      'Production is ArrowSphere itself (xsp.arrow.com). ArrowSphere has no regional hosts: ' +
      'the marketplace is a field on each customer and licence, so one connection covers them all.',
    required: true,
    options: [
      { value: 'production', label: 'Production (xsp.arrow.com)' },
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'apiKey',
    label: 'API key',
    help:
      'In ArrowSphere open xSP > API > API Keys (https://xsp.arrow.com/index.php/apidoc/keys), ' +
      'create a key for Seatkeeper and paste it here. The key acts as the user who created it, ' +
      'so create it as a user who can see all your customers and licences.',
    secret: true,
    required: true,
  },
]
