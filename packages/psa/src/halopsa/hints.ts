import type { DistributorErrorKind } from '@seatkeeper/distributors'

export const haloHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check the Client ID and Client secret of the Seatkeeper application under Configuration > Integrations > HaloPSA API > View Applications, and that its Authentication Method is "Client ID and Secret (Services)".',
  forbidden:
    "The application's login agent lacks a permission: give it access to customers, recurring invoices (edit, for write-back), software licences and items.",
  'rate-limited':
    'Hosted HaloPSA allows 300 requests in any 5 minutes, shared with every other integration of the tenant; Seatkeeper waits and tries again.',
  'not-found': 'Check the Halo tenant: it is the first part of your Halo address.',
}
