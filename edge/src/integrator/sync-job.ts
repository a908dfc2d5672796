import * as v from 'valibot'

/** One SYNC_JOBS message: sync this connection, for this day's run (UTC date of the cron). */
export const SyncJobSchema = v.object({
  connectionId: v.pipe(v.string(), v.minLength(1)),
  day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
})
export type SyncJob = v.InferOutput<typeof SyncJobSchema>

/** The UTC calendar day a run belongs to: the lease key that makes a doubled cron a no-op. */
export function utcDay(time: number | Date): string {
  return new Date(time).toISOString().slice(0, 10)
}
