import type { RunOutcome, RunView } from '@seatkeeper/core'

/** The Runs page's filters: '' means any. */
export type RunFilter = { kind: string; connectionId: string; outcome: string }

/** A run's outcome; runs recorded before outcomes existed changed the register. */
export const outcomeOf = (run: RunView): RunOutcome => run.outcome ?? 'changed'

/** The runs that match every filter that is set, in the order given. */
export function filterRuns(runs: readonly RunView[], filter: RunFilter): RunView[] {
  return runs.filter(
    (run) =>
      (!filter.kind || run.kind === filter.kind) &&
      (!filter.connectionId || run.connectionId === filter.connectionId) &&
      (!filter.outcome || outcomeOf(run) === filter.outcome),
  )
}
