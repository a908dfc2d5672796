import type { DistributorAdapter } from '../adapter'
import { authorizeIngram } from './auth'
import { CUSTOMERS_PATH, INGRAM_ID, INGRAM_LABEL, SUBSCRIPTIONS_PATH } from './calls'
import { ingramEndpoints } from './endpoints'
import { ingramFields } from './fields'
import { ingramHints } from './hints'
import { listIngramCustomers } from './list-customers'
import { listIngramSubscriptions, listIngramSubscriptionsOf } from './list-subscriptions'
import { readIngramError } from './read-error'
import { testIngramConfiguration } from './test-configuration'

const exactPath = (path: string) => new RegExp(`^${path.replace(/[/.]/g, '\\$&')}$`)

/** Ingram Micro Cloud Marketplace (CloudBlue Commerce): paged customers and subscriptions. */
export const ingramAdapter: DistributorAdapter = {
  id: INGRAM_ID,
  label: INGRAM_LABEL,
  fields: ingramFields,
  endpoints: ingramEndpoints,
  // Ingram Micro publishes no rate limit [I]; 20 calls a second with bursts of 40 is an assumption,
  // kept below the sandbox's enforced 25/s. A 429 is still honoured with its Retry-After.
  rateLimit: { requestsPerSecond: 20, burst: 40 },
  readError: readIngramError,
  hints: ingramHints,
  authorize: authorizeIngram,
  // POST /token is left out on purpose: the edge signs in itself, the browser never sees the key.
  upstreamRoutes: [
    { method: 'GET', path: exactPath(CUSTOMERS_PATH) },
    { method: 'GET', path: exactPath(SUBSCRIPTIONS_PATH) },
    { method: 'GET', path: /^\/subscriptions\/[A-Za-z0-9_-]+$/ },
  ],
  testConfiguration: testIngramConfiguration,
  listCustomers: listIngramCustomers,
  listSubscriptions: listIngramSubscriptions,
  listSubscriptionsOf: listIngramSubscriptionsOf,
}
