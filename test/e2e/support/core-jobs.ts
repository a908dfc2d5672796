/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import type { Page } from 'playwright-core'

/**
 * The core jobs this page load has run, in order, and where each ran: the marks runCoreJob leaves
 * (web/src/workers/run-core-job.ts), whose `ranIn` is what the worker itself answered.
 */
export async function coreJobsRun(page: Page): Promise<Array<{ job: string; ranIn: string }>> {
  return page.evaluate(() =>
    performance.getEntriesByName('seatkeeper:core-job').map((entry) => {
      const detail = (entry as PerformanceMark).detail as { job: string; ranIn: string }
      return { job: detail.job, ranIn: detail.ranIn }
    }),
  )
}
