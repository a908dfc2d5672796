import type { DistributorErrorKind } from '../errors'

/** What to check, per error kind, in the ALSO Cloud Marketplace. */
export const alsoHints: Partial<Record<DistributorErrorKind, string>> = {
  auth:
    'Check the username and password by logging in to the ALSO Cloud Marketplace with them. The ' +
    'user needs the Reseller Admin role and 2FA switched off (ALSO support can switch it off).',
  forbidden:
    'The user logged in but may not read customers or subscriptions: give it the Reseller Admin ' +
    'role in the ALSO Cloud Marketplace (user management), then test again.',
  'not-found':
    'Check the marketplace chosen on the connection is the country marketplace you log in to.',
  request:
    'Check the marketplace chosen on the connection, and that the user belongs to your reseller ' +
    'company in the ALSO Cloud Marketplace (not to one of your customers).',
  'rate-limited': 'ALSO is throttling this account; wait a few minutes and try again.',
  unavailable:
    'The ALSO Cloud Marketplace may be down or in maintenance; Seatkeeper already retried. Try again later.',
}
