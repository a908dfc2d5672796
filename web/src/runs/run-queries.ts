import { queryOptions } from '@tanstack/solid-query'
import { isUnreachable, noOfflineCopy } from '../api/api-error'
import type { RunOperationsPage } from '@seatkeeper/core'
import { fetchRunHead, fetchRunOperationsPage, fetchRuns } from '../api/run-api'
import {
  readRunHead,
  readRunOperationsPage,
  readRuns,
  saveRunHead,
  saveRunOperationsPage,
  saveRuns,
} from '../db/run-cache'
import { runKeys } from '../register/run-keys'

/** The latest runs, kept in IndexedDB; the kept list answers when the API is unreachable. */
export function runListQueryOptions() {
  return queryOptions({
    queryKey: runKeys.list(),
    queryFn: async ({ signal }) => {
      try {
        const runs = await fetchRuns({ limit: 200 }, signal)
        await saveRuns(runs)
        return runs
      } catch (error) {
        if (isUnreachable(error)) {
          const kept = await readRuns()
          if (kept.length > 0) return kept
          throw noOfflineCopy('the runs', '/api/runs')
        }
        throw error
      }
    },
  })
}

/** One run without its operations (run-operations.ts reads those by page); kept for offline. */
export function runHeadQueryOptions(id: string) {
  return queryOptions({
    queryKey: runKeys.detail(id),
    queryFn: async ({ signal }) => {
      try {
        const head = await fetchRunHead(id, signal)
        await saveRunHead(head)
        return head
      } catch (error) {
        if (isUnreachable(error)) {
          const kept = await readRunHead(id)
          if (kept) return kept
          throw noOfflineCopy('this run', `/api/runs/${id}`)
        }
        throw error
      }
    },
  })
}

/**
 * A page of a run's operations from the edge, kept as it arrives (a page, not the 46 MB run, so
 * keeping it is no long task); the kept page answers when the API is unreachable.
 */
export async function runOperationsPage(
  id: string,
  from: number,
  limit: number,
  signal?: AbortSignal,
): Promise<RunOperationsPage> {
  try {
    const page = await fetchRunOperationsPage(id, from, limit, signal)
    void saveRunOperationsPage(id, from, page)
    return page
  } catch (error) {
    if (isUnreachable(error)) {
      const kept = await readRunOperationsPage(id, from)
      if (kept) return kept
      throw noOfflineCopy('these changes of the run', `/api/runs/${id}/operations?from=${from}`)
    }
    throw error
  }
}
