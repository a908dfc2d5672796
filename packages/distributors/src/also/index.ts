import type { DistributorAdapter } from '../adapter'
import { authorizeAlso } from './auth'
import { alsoEndpoints } from './endpoints'
import { alsoFields } from './fields'
import { alsoHints } from './hints'
import { ALSO_ID, ALSO_LABEL } from './label'
import { listAlsoCustomers } from './list-customers'
import { listAlsoSubscriptions, listAlsoSubscriptionsOf } from './list-subscriptions'
import { alsoUpstreamRoutes } from './operations'
import { readAlsoError } from './read-error'
import { testAlsoConfiguration } from './test-configuration'

/** ALSO Cloud Marketplace (SimpleAPI): docs/distributors.md. */
export const alsoAdapter: DistributorAdapter = {
  id: ALSO_ID,
  label: ALSO_LABEL,
  fields: alsoFields,
  endpoints: alsoEndpoints,
  // ALSO documents no rate limit [I]; community scripts do meet 429s. Five calls a second with a
  // burst of ten keeps a 1,000-company fan-out to a few minutes without hammering the marketplace.
  rateLimit: { requestsPerSecond: 5, burst: 10 },
  readError: readAlsoError,
  hints: alsoHints,
  authorize: authorizeAlso,
  upstreamRoutes: alsoUpstreamRoutes,
  testConfiguration: testAlsoConfiguration,
  listCustomers: listAlsoCustomers,
  listSubscriptions: listAlsoSubscriptions,
  listSubscriptionsOf: listAlsoSubscriptionsOf,
}

export { ALSO_MARKETPLACES } from './marketplaces'
