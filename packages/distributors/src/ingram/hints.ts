import type { DistributorErrorKind } from '../errors'

/** What a user checks per failure, naming the place in the Cloud Marketplace portal. */
export const ingramHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check the API username and password (Cloud Marketplace portal, Settings > Users), the Subscription key (developer portal, Profile > Subscriptions) and that the environment matches the marketplace your account is in.',
  forbidden:
    'The API user may not read customers or subscriptions, or the subscription key is not enabled for this marketplace. Ask your Cloud Marketplace administrator to grant API access.',
  'not-found':
    'Ingram Micro no longer knows this record: it may have been removed since the list was read. Run the import again.',
  'rate-limited':
    'Ingram Micro is limiting the number of requests. Wait a minute and try again; the daily sync retries on its own.',
  unavailable:
    'Ingram Micro\u2019s Cloud Marketplace API is not answering. Try again later; if it lasts, contact Ingram Micro support.',
  request:
    'Ingram Micro refused the request as malformed. Check the marketplace code; if it is right, report this message as a Seatkeeper bug.',
  contract:
    'Ingram Micro answered in a shape Seatkeeper does not expect (its field names are partly inferred). Report this message, which names the field.',
}
