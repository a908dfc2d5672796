import { queryOptions } from '@tanstack/solid-query'
import { isUnreachable, noOfflineCopy } from '../api/api-error'
import { fetchRun, fetchRuns } from '../api/run-api'
import { readRunDetail, readRuns, saveRunDetail, saveRuns } from '../db/run-cache'
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

/** One run with its operations; kept once opened, so it reads offline afterwards. */
export function runDetailQueryOptions(id: string) {
  return queryOptions({
    queryKey: runKeys.detail(id),
    queryFn: async ({ signal }) => {
      try {
        const detail = await fetchRun(id, signal)
        // Kept for offline after the page shows it: a first import's run is tens of thousands of
        // changes, and writing them to IndexedDB first held its first rows back.
        setTimeout(() => void saveRunDetail(detail), 0)
        return detail
      } catch (error) {
        if (isUnreachable(error)) {
          const kept = await readRunDetail(id)
          if (kept) return kept
          throw noOfflineCopy('this run', `/api/runs/${id}`)
        }
        throw error
      }
    },
  })
}
