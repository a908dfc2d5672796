import {
  planCustomerImport,
  planSubscriptionImport,
  reconcile,
  suggestMappings,
} from '@seatkeeper/core'

/**
 * The pure core functions the page hands to the core worker: the ones that take more than 50 ms
 * on a large register (docs/web.md "Heavy work off the main thread"). They move as they are; the
 * worker and the main-thread fallback call these same functions. (generateMappings stays on the
 * page: exact names only, 4 ms at 10,000 customers.) `reconcile` is the Reconciliation page's: 235 ms at
 * 53,000 lines (docs/benchmarks.md).
 */
export const coreJobs = {
  planCustomerImport,
  planSubscriptionImport,
  // reconcile builds a finding's reasons and fix when first read (class accessors), which
  // postMessage's structured clone would drop; the page reads every finding's words anyway, so the
  // worker hands them over as plain data (the findings' own toJSON).
  reconcile: (...args: Parameters<typeof reconcile>): ReturnType<typeof reconcile> =>
    JSON.parse(JSON.stringify(reconcile(...args))) as ReturnType<typeof reconcile>,
  suggestMappings,
}

export type CoreJobs = typeof coreJobs
export type CoreJobName = keyof CoreJobs
export type CoreJobArgs<K extends CoreJobName> = Parameters<CoreJobs[K]>
export type CoreJobResult<K extends CoreJobName> = ReturnType<CoreJobs[K]>
