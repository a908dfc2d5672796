import * as v from 'valibot'

const Started = {
  /** The Sync now's own id (not a run id: a sync that changes nothing writes no run). */
  id: v.pipe(v.string(), v.minLength(1)),
  startedAt: v.string(),
}

/**
 * How far a long run is, in the unit that dominates its time: for a distributor whose API reads
 * subscriptions one customer at a time (Sherweb, ALSO), the customers whose subscriptions are
 * read. `since` is when that phase began, so a reader works out the rate and the time left
 * (syncProgressFigures) from numbers that survive a reload.
 */
export const SyncProgressSchema = v.object({
  phase: v.picklist(['customers', 'subscriptions', 'plan']),
  unit: v.literal('customers'),
  done: v.number(),
  total: v.number(),
  since: v.string(),
})
export type SyncProgress = v.InferOutput<typeof SyncProgressSchema>

/** The rate (per minute) and the time left (seconds) of a run's progress at `now`, when known. */
export function syncProgressFigures(
  progress: SyncProgress,
  now: number,
): { perMinute?: number; secondsLeft?: number } {
  const minutes = (now - Date.parse(progress.since)) / 60_000
  if (!(minutes > 0) || progress.done === 0) return {}
  const perMinute = progress.done / minutes
  const left = Math.max(0, progress.total - progress.done)
  return { perMinute, secondsLeft: Math.round((left / perMinute) * 60) }
}

/**
 * One Sync now of a connection: what `POST /api/connections/:id/sync` answers (202, the run just
 * started or the one already running) and `GET …/sync` reads while the web polls it.
 * - `running`: the background run works; `requests` upstream calls so far (retries and token
 *   exchanges included), and `progress` once the run knows a total (customers to read).
 * - `finished`: `applied` (with the run that wrote) or `no-changes`; `message` says what was done.
 * - `failed`: `message` is the reason and what to do.
 */
export const SyncNowSchema = v.variant('state', [
  v.object({
    ...Started,
    state: v.literal('running'),
    requests: v.number(),
    progress: v.optional(SyncProgressSchema),
  }),
  v.object({
    ...Started,
    state: v.literal('finished'),
    finishedAt: v.string(),
    outcome: v.picklist(['applied', 'no-changes']),
    runId: v.optional(v.string()),
    message: v.string(),
  }),
  v.object({
    ...Started,
    state: v.literal('failed'),
    finishedAt: v.string(),
    message: v.string(),
  }),
])
export type SyncNow = v.InferOutput<typeof SyncNowSchema>

/** GET /api/connections/:id/sync: the connection's current or last Sync now; null before the first. */
export const SyncNowReadSchema = v.object({ latest: v.nullable(SyncNowSchema) })
export type SyncNowRead = v.InferOutput<typeof SyncNowReadSchema>
