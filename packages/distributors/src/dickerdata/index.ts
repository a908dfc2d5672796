import type { DistributorAdapter } from '../adapter'
import { authorizeDickerData } from './auth'
import { dickerdataEndpoints } from './endpoints'
import { dickerdataFields } from './fields'
import { dickerdataHints } from './hints'
import { DICKERDATA } from './identity'
import { listDickerDataCustomers } from './list-customers'
import { listDickerDataSubscriptions } from './list-subscriptions'
import { GET_SUBSCRIPTION_DETAILS_PATH, GET_TENANT_PATH } from './paths'
import { readDickerDataError } from './read-error'
import { testDickerDataConfiguration } from './test-configuration'

const escape = (path: string) => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Dicker Data (AU/NZ) B2B API: Microsoft CSP customers (tenants) and subscriptions. */
export const dickerdataAdapter: DistributorAdapter = {
  id: DICKERDATA.id,
  label: DICKERDATA.label,
  fields: dickerdataFields,
  endpoints: dickerdataEndpoints,
  // No rate limit is documented [I]. Two calls make a full listing, so a conservative 4 requests/s
  // costs nothing and keeps retries and tests from hammering a partner-gated API.
  rateLimit: { requestsPerSecond: 4, burst: 4 },
  readError: readDickerDataError,
  hints: dickerdataHints,
  authorize: authorizeDickerData,
  // Only the two reads. The AccessKeyRequest exchange is made by the edge, never by the browser.
  upstreamRoutes: [
    { method: 'POST', path: new RegExp(`^${escape(GET_TENANT_PATH)}$`) },
    { method: 'POST', path: new RegExp(`^${escape(GET_SUBSCRIPTION_DETAILS_PATH)}$`) },
  ],
  testConfiguration: testDickerDataConfiguration,
  listCustomers: listDickerDataCustomers,
  listSubscriptions: listDickerDataSubscriptions,
}
