import type { PsaAdapter } from '../adapter'
import { authorizeCw } from './auth'
import { applyCwChange, planCwChange } from './billing-writes'
import { CW_ID, CW_LABEL } from './calls'
import { cwEndpoints } from './endpoints'
import { cwFields } from './fields'
import { cwHints } from './hints'
import { listCwBillingLines, listCwCompanies } from './list'
import { readCwError } from './read-error'
import { testCwConfiguration } from './test-configuration'
import { cwUndoOf } from './undo'

/** ConnectWise PSA (Manage): API member keys, companies, agreement additions, JSON-patch writes. */
export const connectwiseAdapter: PsaAdapter = {
  id: CW_ID,
  label: CW_LABEL,
  fields: cwFields,
  endpoints: cwEndpoints,
  // ConnectWise publishes no rate limit; Cloudflare answers 429 with Retry-After when one is hit
  // [C, community]. 4/s with a burst of 8 is a conservative guess [I].
  rateLimit: { requestsPerSecond: 4, burst: 8 },
  readError: readCwError,
  hints: cwHints,
  authorize: authorizeCw,
  upstreamRoutes: [
    { method: 'GET', path: /^\/[A-Za-z0-9_.]+\/apis\/3\.0\/company\/companies$/ },
    {
      method: 'GET',
      path: /^\/[A-Za-z0-9_.]+\/apis\/3\.0\/finance\/agreements(\/\d+\/additions)?$/,
    },
  ],
  testConfiguration: testCwConfiguration,
  listCompanies: listCwCompanies,
  listBillingLines: listCwBillingLines,
  planBillingChange: planCwChange,
  applyBillingChange: applyCwChange,
  undoOf: cwUndoOf,
}
