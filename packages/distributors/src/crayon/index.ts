import type { DistributorAdapter } from '../adapter'
import { authorizeCrayon } from './auth'
import { CRAYON_ID, CRAYON_LABEL, CUSTOMERS_PATH, SUBSCRIPTIONS_PATH } from './calls'
import { crayonEndpoints } from './endpoints'
import { crayonFields } from './fields'
import { crayonHints } from './hints'
import { listCrayonCustomers } from './list-customers'
import { listCrayonSubscriptions } from './list-subscriptions'
import { readCrayonError } from './read-error'
import { testCrayonConfiguration } from './test-configuration'

const exactPath = (path: string) => new RegExp(`^${path.replace(/[/.]/g, '\\$&')}$`)

/** Crayon Cloud-iQ's Customer API: customer tenants and subscriptions, both paged. */
export const crayonAdapter: DistributorAdapter = {
  id: CRAYON_ID,
  label: CRAYON_LABEL,
  fields: crayonFields,
  endpoints: crayonEndpoints,
  // Crayon publishes no rate limit [I]. 8 calls a second with bursts of 16 is an assumption, kept
  // below the sandbox's enforced 10/s; a 429 is retried by the shared client after Retry-After.
  rateLimit: { requestsPerSecond: 8, burst: 16 },
  readError: readCrayonError,
  hints: crayonHints,
  authorize: authorizeCrayon,
  upstreamRoutes: [
    { method: 'GET', path: exactPath(CUSTOMERS_PATH) },
    { method: 'GET', path: exactPath(SUBSCRIPTIONS_PATH) },
  ],
  testConfiguration: testCrayonConfiguration,
  listCustomers: listCrayonCustomers,
  listSubscriptions: listCrayonSubscriptions,
}
