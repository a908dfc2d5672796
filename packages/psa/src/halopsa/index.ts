import type { PsaAdapter } from '../adapter'
import { undoToBefore } from '../undo-to-before'
import { authorizeHalo } from './auth'
import { applyHaloChange, planHaloChange } from './billing-writes'
import { HALO_ID, HALO_LABEL } from './calls'
import { haloEndpoints } from './endpoints'
import { haloFields } from './fields'
import { haloHints } from './hints'
import { listHaloBillingLines, listHaloCompanies } from './list'
import { readHaloError } from './read-error'
import { testHaloConfiguration } from './test-configuration'

/** HaloPSA: OAuth2 client credentials, clients, recurring-invoice lines, line and licence updates. */
export const haloAdapter: PsaAdapter = {
  id: HALO_ID,
  label: HALO_LABEL,
  fields: haloFields,
  endpoints: haloEndpoints,
  // Hosted Halo: 300 requests per rolling 5 minutes [C, community]. A bucket of 30 refilled at
  // 0.9/s lets at most 30 + 270 = 300 through in any 300 s, the tenant's other integrations aside.
  rateLimit: { requestsPerSecond: 0.9, burst: 30 },
  readError: readHaloError,
  hints: haloHints,
  authorize: authorizeHalo,
  upstreamRoutes: [
    { method: 'GET', path: /^\/api\/Client$/ },
    { method: 'GET', path: /^\/api\/RecurringInvoice$/ },
    { method: 'GET', path: /^\/api\/SoftwareLicence$/ },
  ],
  testConfiguration: testHaloConfiguration,
  listCompanies: listHaloCompanies,
  listBillingLines: listHaloBillingLines,
  planBillingChange: planHaloChange,
  applyBillingChange: applyHaloChange,
  undoOf: undoToBefore,
}
