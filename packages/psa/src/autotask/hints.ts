import type { DistributorErrorKind } from '@seatkeeper/distributors'

export const atHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check the API user name, its secret and the API tracking identifier (Admin > Resources > the API user > Security). Autotask locks an API user after repeated failures, and a locked user looks the same as a wrong secret.',
  forbidden:
    'The API user needs the "API User (system) (API-only)" security level with access to companies and contracts.',
  'rate-limited':
    'Autotask allows 10,000 requests an hour per database, shared by every integration; Seatkeeper waits and tries again.',
}
