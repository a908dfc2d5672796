import type { Operation } from '@seatkeeper/core'
import { createEffect, createSignal, on, onCleanup } from 'solid-js'
import { readRunOperations, type RunOperationsProgress } from './run-operations'
import { runOperationsPage } from './run-queries'

/**
 * The operations of run `id()`, read page by page as the run page shows the first ones; `retry`
 * resumes where a failed page stopped. The array is plain data (no store): 92,000 operations
 * through a reactive proxy would cost more than reading them.
 */
export function useRunOperations(id: () => string) {
  const [progress, setProgress] = createSignal<RunOperationsProgress>(
    { operations: [], loaded: 0, done: false },
    { equals: false },
  )
  let resume: ((from: number) => void) | undefined
  createEffect(
    on(id, (runId) => {
      const operations: Operation[] = []
      const controller = new AbortController()
      setProgress({ operations, loaded: 0, done: false })
      resume = (from) =>
        void readRunOperations(
          (at, limit) => runOperationsPage(runId, at, limit, controller.signal),
          operations,
          setProgress,
          controller.signal,
          from,
        )
      resume(0)
      onCleanup(() => controller.abort())
    }),
  )
  return {
    progress,
    retry() {
      const { operations, loaded, failed } = progress()
      if (!failed) return
      setProgress({ operations, loaded, done: false })
      resume?.(failed.from)
    },
  }
}
