import type { PsaAdapter } from '../adapter'
import { authorizeAt } from './auth'
import { applyAtChange, atUndoOf, planAtChange } from './billing-writes'
import { AT_ID, AT_LABEL } from './calls'
import { atEndpoints, discoverAtSettings } from './endpoints'
import { atFields } from './fields'
import { atHints } from './hints'
import { listAtBillingLines, listAtCompanies } from './list'
import { readAtError } from './read-error'
import { testAtConfiguration } from './test-configuration'

export { findAutotaskZone } from './endpoints'

/** Autotask PSA: three-header auth, companies, recurring-service contracts, unit adjustments. */
export const autotaskAdapter: PsaAdapter = {
  id: AT_ID,
  label: AT_LABEL,
  fields: atFields,
  endpoints: atEndpoints,
  discoverSettings: discoverAtSettings,
  // 10,000 requests per rolling hour per database, shared by every integration [C]: Seatkeeper
  // keeps to a fifth of it (2,000/h ≈ 0.55/s, bursts of 10) so the MSP's other tools keep working [I].
  rateLimit: { requestsPerSecond: 0.55, burst: 10 },
  readError: readAtError,
  hints: atHints,
  authorize: authorizeAt,
  upstreamRoutes: [
    {
      method: 'POST',
      path: /^\/(Companies|Contracts|ContractServices|ContractServiceUnits|Services)\/query(\/next)?$/,
    },
  ],
  testConfiguration: testAtConfiguration,
  listCompanies: listAtCompanies,
  listBillingLines: listAtBillingLines,
  planBillingChange: planAtChange,
  applyBillingChange: applyAtChange,
  undoOf: atUndoOf,
}
