import type { DistributorAdapter } from '../adapter'
import { authorizePax8 } from './auth'
import { COMPANIES_PATH, PAX8_ID, PAX8_LABEL, SUBSCRIPTIONS_PATH } from './calls'
import { pax8Endpoints } from './endpoints'
import { pax8Fields } from './fields'
import { pax8Hints } from './hints'
import { listPax8Customers } from './list-customers'
import { listPax8Subscriptions } from './list-subscriptions'
import { readPax8Error } from './read-error'
import { testPax8Configuration } from './test-configuration'

const exactPath = (path: string) => new RegExp(`^${path.replace(/[/.]/g, '\\$&')}$`)

/** Pax8's Partner API: client credentials with an audience, 0-based paged companies and subscriptions. */
export const pax8Adapter: DistributorAdapter = {
  id: PAX8_ID,
  label: PAX8_LABEL,
  fields: pax8Fields,
  endpoints: pax8Endpoints,
  // devx says "The current rate limit is 1000 …" (truncated), read as 1000 calls a minute [I]:
  // 15 a second with bursts of 20 stays under it; a 429 is still retried with backoff.
  rateLimit: { requestsPerSecond: 15, burst: 20 },
  readError: readPax8Error,
  hints: pax8Hints,
  authorize: authorizePax8,
  upstreamRoutes: [
    { method: 'GET', path: exactPath(COMPANIES_PATH) },
    { method: 'GET', path: exactPath(SUBSCRIPTIONS_PATH) },
  ],
  testConfiguration: testPax8Configuration,
  listCustomers: listPax8Customers,
  listSubscriptions: listPax8Subscriptions,
}
