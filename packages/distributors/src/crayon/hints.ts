import type { DistributorErrorKind } from '../errors'

/** What a user checks per failure, naming the place in Crayon Cloud-iQ. */
export const crayonHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check the Client ID and Client secret under Settings > API Management in Cloud-iQ, and the username and password of the Cloud-iQ user (sign in to Cloud-iQ with them once to be sure; a user that must use multi-factor sign-in cannot be used by the API). Also check that Production or Demo matches where the account lives.',
  forbidden:
    'The Cloud-iQ user may not read customer tenants or subscriptions. Give it access to the organization in Cloud-iQ under Settings > Users, or check the Organization ID entered here.',
  'not-found':
    'Crayon no longer knows this record: the customer tenant may have been removed in Cloud-iQ since the list was read. Run the import again.',
  'rate-limited':
    'Crayon is limiting the number of requests. Wait a minute and try again; the daily sync retries on its own.',
  unavailable:
    'Crayon\u2019s API is not answering. Try again later; if it lasts, check Crayon\u2019s service status or contact Crayon support.',
  request:
    'Crayon refused the request as malformed. If an Organization ID is entered, check it is the number Cloud-iQ shows; otherwise report this message.',
  contract:
    'Crayon answered in a shape Seatkeeper does not expect. Report this message, which names the call and the field.',
}
