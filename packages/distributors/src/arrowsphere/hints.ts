import type { DistributorErrorKind } from '../errors'

/** What to check, per error kind, in the words and places of the ArrowSphere portal. */
export const arrowsphereHints: Partial<Record<DistributorErrorKind, string>> = {
  auth:
    'Check the API key: in ArrowSphere open xSP > API > API Keys, make sure the key is still ' +
    'listed and active, then paste it again into this connection (or create a new one).',
  forbidden:
    'The API key works but its user may not see this data. In ArrowSphere check the role of the ' +
    'user who created the key under xSP > API > API Keys; it needs access to customers and licences.',
  'not-found':
    'Check the environment chosen on this connection. If it is Production, ArrowSphere may have ' +
    'moved this API; report it as a Seatkeeper bug.',
  'rate-limited':
    'ArrowSphere asked Seatkeeper to slow down and retries did not get through. Wait a few minutes ' +
    'and try again.',
  unavailable:
    'ArrowSphere (xsp.arrow.com) is not answering normally; Seatkeeper already retried. Try again ' +
    'later, and contact Arrow support if it lasts.',
  request:
    "ArrowSphere refused the request. Check the connection's environment; if it is right, report " +
    'this as a Seatkeeper bug.',
  contract:
    'ArrowSphere answered in a shape Seatkeeper does not know; it may have changed its API. Report ' +
    'this as a Seatkeeper bug, with the field named above.',
}
