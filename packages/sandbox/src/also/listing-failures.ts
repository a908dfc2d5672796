import type { FaultConfig } from '../faults/types'

/**
 * failPage for an API without pages. ALSO returns whole lists [C], so each listing call — the
 * company list, or one company's subscriptions — counts as one page, numbered in the order the
 * calls first arrive. Retries of the same call are the same page, so `times` failures of page N
 * are cured by retrying it, as with a paged API.
 */
export function createListingFailures(failPage: FaultConfig['failPage']) {
  const pages = new Map<string, number>()
  let failed = 0
  return {
    /** The status to fail this listing call with, or undefined to answer it. */
    check(callKey: string): number | undefined {
      if (!failPage) return undefined
      let page = pages.get(callKey)
      if (page === undefined) pages.set(callKey, (page = pages.size + 1))
      if (page !== failPage.page || failed >= (failPage.times ?? 1)) return undefined
      failed++
      return failPage.status
    },
  }
}
