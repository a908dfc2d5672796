import type { DistributorErrorKind } from '@seatkeeper/distributors'
import { HALO_SCOPES } from './calls'

export const haloHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check the Client ID and Client secret of the Seatkeeper application under Configuration > Integrations > HaloPSA API > View Applications, and that its Authentication Method is "Client ID and Secret (Services)".',
  forbidden:
    "The application's login agent lacks a permission: give it access to customers, recurring invoices (edit, for write-back), software licences and items.",
  'rate-limited':
    'Hosted HaloPSA allows 300 requests in any 5 minutes, shared with every other integration of the tenant; Seatkeeper waits and tries again.',
  'not-found': 'Check the Halo tenant: it is the first part of your Halo address.',
}

/**
 * Advice by the OAuth error code of a refused token call. `invalid_scope`: the application does not
 * grant a scope Seatkeeper asks for [C: Halo's token endpoint answers so]. `invalid_request`: what
 * the sandbox answers for an unknown `?tenant=` [I: hosted Halo's answer is not published; there a
 * wrong tenant is mostly a wrong host, whose /api/authinfo is not found].
 */
export const haloSignInHints: Partial<Record<string, string>> = {
  invalid_scope: `The Seatkeeper application does not grant every scope Seatkeeper asks for. Under Configuration > Integrations > HaloPSA API > View Applications > the application > Permissions, tick ${HALO_SCOPES.split(' ').join(', ')}.`,
  invalid_request:
    'HaloPSA does not know this tenant. Check the Halo tenant: it is the first part of your Halo address (contosomsp for https://contosomsp.halopsa.com).',
}
