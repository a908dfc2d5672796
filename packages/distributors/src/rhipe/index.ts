import type { DistributorAdapter } from '../adapter'
import { authorizeRhipe } from './auth'
import { rhipeEndpoints } from './endpoints'
import { rhipeFields } from './fields'
import { rhipeHints } from './hints'
import { listRhipeCustomers } from './list-customers'
import { listRhipeSubscriptions } from './list-subscriptions'
import { readRhipeError } from './read-error'
import { testRhipeConfiguration } from './test-configuration'

/** Rhipe PRISM (now Crayon): OAuth2 client credentials, customers, tenants per contract agreement. */
export const rhipeAdapter: DistributorAdapter = {
  id: 'rhipe',
  label: 'Rhipe',
  fields: rhipeFields,
  endpoints: rhipeEndpoints,
  // [I] PRISM publishes no rate limit (docs/distributors.md). 4 requests/s with a burst of 8 is a
  // conservative guess; a listing makes only 1 + (number of contract agreements) calls anyway.
  rateLimit: { requestsPerSecond: 4, burst: 8 },
  readError: readRhipeError,
  hints: rhipeHints,
  authorize: authorizeRhipe,
  upstreamRoutes: [
    { method: 'GET', path: /^\/api\/v1\/me\/customers$/ },
    { method: 'GET', path: /^\/api\/v2\/contractagreements\/[A-Za-z0-9-]+\/tenants$/ },
  ],
  testConfiguration: testRhipeConfiguration,
  listCustomers: listRhipeCustomers,
  listSubscriptions: listRhipeSubscriptions,
}
