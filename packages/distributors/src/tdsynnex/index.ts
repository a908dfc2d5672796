import type { DistributorAdapter } from '../adapter'
import { authorizeTdsynnex } from './auth'
import { TDSYNNEX_ID, TDSYNNEX_LABEL } from './calls'
import { tdsynnexEndpoints } from './endpoints'
import { tdsynnexFields } from './fields'
import { tdsynnexHints } from './hints'
import { listTdsynnexCustomers } from './list-customers'
import { listTdsynnexSubscriptions } from './list-subscriptions'
import { readTdsynnexError } from './read-error'
import { testTdsynnexConfiguration } from './test-configuration'

/** One path segment (an account or customer id): no slash, so a route cannot reach elsewhere. */
const SEGMENT = '[^/]+'

/** TD SYNNEX StreamOne Ion API v3: customers (token paging) and bulk subscriptions (offset paging). */
export const tdsynnexAdapter: DistributorAdapter = {
  id: TDSYNNEX_ID,
  label: TDSYNNEX_LABEL,
  fields: tdsynnexFields,
  endpoints: tdsynnexEndpoints,
  // ION publishes no limit; 429s happen and the community script sleeps 8 s [C, community].
  // 5 calls a second with bursts of 10 is an assumption [I], below the sandbox's enforced 6/s.
  rateLimit: { requestsPerSecond: 5, burst: 10 },
  readError: readTdsynnexError,
  hints: tdsynnexHints,
  authorize: authorizeTdsynnex,
  upstreamRoutes: [
    { method: 'GET', path: new RegExp(`^/api/v3/accounts/${SEGMENT}/customers$`) },
    { method: 'GET', path: new RegExp(`^/api/v3/accounts/${SEGMENT}/subscriptions$`) },
    {
      method: 'GET',
      path: new RegExp(`^/api/v3/accounts/${SEGMENT}/customers/${SEGMENT}/subscriptions$`),
    },
  ],
  testConfiguration: testTdsynnexConfiguration,
  listCustomers: listTdsynnexCustomers,
  listSubscriptions: listTdsynnexSubscriptions,
}
