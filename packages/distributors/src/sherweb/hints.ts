import type { DistributorErrorKind } from '../errors'

/** What a user checks per failure, naming the place in Cumulus (cumulus.sherweb.com). */
export const sherwebHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check the Client ID and Client secret under Security > APIs in Cumulus, and that the Subscription key entered here is the one shown there (Sherweb needs it on every call, the sign-in included).',
  forbidden:
    'The API client is not allowed to use the Service Provider API, which is in beta. Ask your Sherweb account manager to enable it, then check the client under Security > APIs in Cumulus.',
  'not-found':
    'Sherweb no longer knows this record: the customer may have been removed in Cumulus since the list was read. Run the import again.',
  'rate-limited':
    'Sherweb is limiting the number of requests. Wait a minute and try again; the daily sync retries on its own.',
  unavailable:
    'Sherweb\u2019s API is not answering. Try again later; if it lasts, check Sherweb\u2019s service status or contact Sherweb support.',
  request:
    'Sherweb refused the request as malformed. This is likely a Seatkeeper bug: report it with this message.',
  contract:
    'Sherweb answered in a shape Seatkeeper does not expect (its Service Provider API is in beta and may have changed). Report this message, which names the field.',
}
