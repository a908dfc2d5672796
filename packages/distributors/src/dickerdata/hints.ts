import type { DistributorErrorKind } from '../errors'

/** What a user should check per error kind, in Dicker Data's own terms. */
export const dickerdataHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check the API token (a GUID issued by your Dicker Data Account Manager) and the account code on this connection, and that the environment matches the token: test tokens only work against the test environment.',
  forbidden:
    'The API token works but the account may not be enabled for the Subscriptions (CSP) API; ask your Dicker Data Account Manager to enable it.',
  'not-found':
    'Check the region and environment of this connection; if they are right, Dicker Data may have moved the B2B API.',
  'rate-limited': 'Dicker Data asked us to slow down; wait a few minutes and try again.',
  unavailable:
    'The Dicker Data B2B API may be down or under maintenance; Seatkeeper already retried. Try again later.',
  contract:
    'Dicker Data answered in a shape Seatkeeper does not know; the B2B API may have changed. Report this as a Seatkeeper bug.',
}
