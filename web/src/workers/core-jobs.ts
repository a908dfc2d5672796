import { planCustomerImport, planSubscriptionImport, suggestMappings } from '@seatkeeper/core'

/**
 * The pure core functions the page hands to the core worker: the ones that take more than 50 ms
 * on a large register (docs/web.md "Heavy work off the main thread"). They move as they are; the
 * worker and the main-thread fallback call these same functions. (generateMappings stays on the
 * page: exact names only, 4 ms at 10,000 customers. reconcile runs on the page too: copying the
 * register here and the findings back cost ~20× its own ~100 ms at 100,000 subscriptions;
 * billing/use-reconciliation.ts.)
 */
export const coreJobs = {
  planCustomerImport,
  planSubscriptionImport,
  suggestMappings,
}

export type CoreJobs = typeof coreJobs
export type CoreJobName = keyof CoreJobs
export type CoreJobArgs<K extends CoreJobName> = Parameters<CoreJobs[K]>
export type CoreJobResult<K extends CoreJobName> = ReturnType<CoreJobs[K]>
