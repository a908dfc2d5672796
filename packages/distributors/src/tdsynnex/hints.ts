import type { DistributorErrorKind } from '../errors'

/** What a user checks per failure, naming the place in the ION portal (ion.tdsynnex.com). */
export const tdsynnexHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check that the Account ID and the refresh token are the ones in the ION portal: a refresh token expires when unused for long and is spent once another tool used it. Generate a new one in the ION portal under Settings > API Access and enter it in this connection.',
  forbidden:
    'The token is not allowed to read this account. Check the Account ID, and that the API user has access to it under Settings > API Access in the ION portal.',
  'not-found':
    'StreamOne Ion does not know this account or record. Check the Account ID in the connection against the ION portal.',
  'rate-limited':
    'StreamOne Ion is limiting the number of requests. Wait a minute and try again; the daily sync retries on its own.',
  unavailable:
    'StreamOne Ion is not answering. Try again later; if it lasts, contact TD SYNNEX support.',
  request:
    'StreamOne Ion refused the request as malformed. This is likely a Seatkeeper bug: report it with this message.',
  contract:
    'StreamOne Ion answered in a shape Seatkeeper does not expect. Report this message, which names the field.',
}
