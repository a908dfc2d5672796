import type { DistributorErrorKind } from '../errors'

/** What a user checks per failure, naming the place in the Pax8 app (app.pax8.com). */
export const pax8Hints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check the Client ID and Client secret of the application under Integrations > API Credentials in the Pax8 app; create a new secret there if this one was revoked or lost.',
  forbidden:
    'The Pax8 application may not read this data. Check under Integrations > API Credentials in the Pax8 app that it has access to the Partner API (companies and subscriptions).',
  'not-found':
    'Pax8 no longer knows this record: the company may have been removed since the list was read. Run the import again.',
  'rate-limited':
    'Pax8 is limiting the number of requests (about 1000 a minute). Wait a minute and try again; the daily sync retries on its own.',
  unavailable:
    'Pax8’s API (api.pax8.com) is not answering normally; Seatkeeper already retried. Try again later, and contact Pax8 support if it lasts.',
  request:
    'Pax8 refused the request as malformed. This is likely a Seatkeeper bug: report it with this message.',
  contract:
    'Pax8 answered in a shape Seatkeeper does not expect; its API may have changed. Report this message, which names the field.',
}
