import type { DistributorAdapter } from '../adapter'
import { authorizeArrowSphere } from './auth'
import { arrowsphereEndpoints } from './endpoints'
import { arrowsphereFields } from './fields'
import { arrowsphereHints } from './hints'
import { ARROWSPHERE_LABEL } from './label'
import { listArrowSphereCustomers } from './list-customers'
import { listArrowSphereSubscriptions } from './list-subscriptions'
import { readArrowSphereError } from './read-error'
import { testArrowSphereConfiguration } from './test-configuration'
import { arrowsphereUpstreamRoutes } from './upstream-routes'

/** ArrowSphere (Arrow ECS xSP): static API key, page-numbered customers and licence search. */
export const arrowsphereAdapter: DistributorAdapter = {
  id: 'arrowsphere',
  label: ARROWSPHERE_LABEL,
  fields: arrowsphereFields,
  endpoints: arrowsphereEndpoints,
  // ArrowSphere publishes no rate limit and its SDKs have no 429 handling (docs/distributors.md),
  // so this is a conservative assumption; a 429 is still honoured with its Retry-After. [I]
  rateLimit: { requestsPerSecond: 5, burst: 10 },
  readError: readArrowSphereError,
  hints: arrowsphereHints,
  authorize: authorizeArrowSphere,
  upstreamRoutes: arrowsphereUpstreamRoutes,
  testConfiguration: testArrowSphereConfiguration,
  listCustomers: listArrowSphereCustomers,
  listSubscriptions: listArrowSphereSubscriptions,
}
