import { RUN_OPERATIONS_PAGE, type Operation, type RunOperationsPage } from '@seatkeeper/core'

/**
 * Operations in the first page asked for: two pages of records (CHANGES_PER_PAGE), so the first
 * rows show after a small answer. Later pages are the largest the edge gives: a 92,000-operation
 * run is then ~47 requests, each ~1 MB parsed and checked in a task well under 200 ms.
 */
export const FIRST_PAGE = 50

/** One page of a run's operations from position `from` (the edge's, or the one kept offline). */
export type ReadRunPage = (from: number, limit: number) => Promise<RunOperationsPage>

/** How far reading a run's operations got. `operations` is one array, grown as pages arrive. */
export type RunOperationsProgress = {
  operations: readonly Operation[]
  loaded: number
  done: boolean
  /** Where reading stopped on a failure (the `from` to retry at), with the reason. */
  failed?: { from: number; error: unknown }
}

/**
 * Reads a run's operations page by page from `from`, appending each page to `into` and reporting
 * after each; never throws (a failure is reported with the position to resume from). Stops
 * quietly once `signal` aborts (the page was left, or another run opened).
 */
export async function readRunOperations(
  readPage: ReadRunPage,
  into: Operation[],
  report: (progress: RunOperationsProgress) => void,
  signal: AbortSignal,
  start = 0,
): Promise<void> {
  let from: number | null = start
  while (from !== null) {
    let page: RunOperationsPage
    try {
      page = await readPage(from, from === 0 ? FIRST_PAGE : RUN_OPERATIONS_PAGE.max)
    } catch (error) {
      if (!signal.aborted)
        report({ operations: into, loaded: into.length, done: false, failed: { from, error } })
      return
    }
    if (signal.aborted) return
    for (const operation of page.operations) into.push(operation)
    from = page.next
    report({ operations: into, loaded: into.length, done: from === null })
  }
}
