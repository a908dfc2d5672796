import * as v from 'valibot'

const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
const ConnectionId = v.pipe(v.string(), v.minLength(1))

/**
 * One SYNC_JOBS message. The cron's: sync this connection for this day's run (UTC date of the
 * cron); messages sent before Sync now shared the queue carry no `trigger`. Sync now's: run the
 * Sync now `syncId` the register started (sync-now-store.ts).
 */
export const SyncJobSchema = v.union([
  v.object({ trigger: v.literal('sync-now'), connectionId: ConnectionId, syncId: ConnectionId }),
  v.object({ trigger: v.optional(v.literal('cron')), connectionId: ConnectionId, day: Day }),
])
export type SyncJob = v.InferOutput<typeof SyncJobSchema>

/** The UTC calendar day a run belongs to: the lease key that makes a doubled cron a no-op. */
export function utcDay(time: number | Date): string {
  return new Date(time).toISOString().slice(0, 10)
}
