import type { DistributorAdapter } from '../adapter'
import { authorizeSherweb } from './auth'
import { CUSTOMERS_PATH, SHERWEB_ID, SHERWEB_LABEL, SUBSCRIPTIONS_PATH } from './calls'
import { sherwebEndpoints } from './endpoints'
import { sherwebFields } from './fields'
import { sherwebHints } from './hints'
import { listSherwebCustomers } from './list-customers'
import { listSherwebSubscriptions, listSherwebSubscriptionsOf } from './list-subscriptions'
import { readSherwebError } from './read-error'
import { testSherwebConfiguration } from './test-configuration'

const exactPath = (path: string) => new RegExp(`^${path.replace(/[/.]/g, '\\$&')}$`)

/** Sherweb's Service Provider API (beta): customers, and subscriptions per customer. */
export const sherwebAdapter: DistributorAdapter = {
  id: SHERWEB_ID,
  label: SHERWEB_LABEL,
  fields: sherwebFields,
  endpoints: sherwebEndpoints,
  // Sherweb answers 429 "Try again in N seconds" [C] but publishes no limit. 4 calls a second with
  // bursts of 8 is an assumption [I], kept below the sandbox's enforced 5/s.
  rateLimit: { requestsPerSecond: 4, burst: 8 },
  readError: readSherwebError,
  hints: sherwebHints,
  authorize: authorizeSherweb,
  upstreamRoutes: [
    { method: 'GET', path: exactPath(CUSTOMERS_PATH) },
    { method: 'GET', path: exactPath(SUBSCRIPTIONS_PATH) },
  ],
  testConfiguration: testSherwebConfiguration,
  listCustomers: listSherwebCustomers,
  listSubscriptions: listSherwebSubscriptions,
  listSubscriptionsOf: listSherwebSubscriptionsOf,
}
