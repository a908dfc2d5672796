import * as v from 'valibot'

const Started = {
  /** The Sync now's own id (not a run id: a sync that changes nothing writes no run). */
  id: v.pipe(v.string(), v.minLength(1)),
  startedAt: v.string(),
}

/**
 * One Sync now of a connection: what `POST /api/connections/:id/sync` answers (202, the run just
 * started or the one already running) and `GET …/sync` reads while the web polls it.
 * - `running`: the background run works; `requests` upstream calls so far (retries and token
 *   exchanges included), the only progress a listing without totals can honestly show.
 * - `finished`: `applied` (with the run that wrote) or `no-changes`; `message` says what was done.
 * - `failed`: `message` is the reason and what to do.
 */
export const SyncNowSchema = v.variant('state', [
  v.object({ ...Started, state: v.literal('running'), requests: v.number() }),
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
