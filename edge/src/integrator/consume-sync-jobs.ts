import * as v from 'valibot'
import { LEASE_TTL_MS } from './lease-heartbeat'
import { runSyncNow } from './run-sync-now'
import { runIntegrator } from './run-integrator'
import { SyncJobSchema, type SyncJob } from './sync-job'

// When the run itself threw (the register unreachable): try again soon, the queue caps the tries.
const CRASH_RETRY_SECONDS = 300

/**
 * The SYNC_JOBS consumer: runs the integrator for each message. The cron's lease is keyed by
 * connection and day and held by the message id, so a doubled cron's second message is a no-op
 * while a retry of the same message (after a crash or an outage) takes its own lease back.
 * Sync now's messages run the Sync now the register started (run-sync-now.ts).
 */
export async function consumeSyncJobs(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    const parsed = v.safeParse(SyncJobSchema, message.body)
    if (!parsed.success) {
      console.error(`SYNC_JOBS message ${message.id} is not a sync job; dropped.`)
      message.ack()
      continue
    }
    const job = parsed.output
    if (job.trigger === 'sync-now') {
      // Never retried: a person pressed it and reads the outcome; pressing again is their retry.
      await runSyncNow(env, job)
      message.ack()
      continue
    }
    try {
      const result = await runDailySync(env, job, message.id)
      console.log(
        `Integrator ${job.connectionId} (${job.day}, attempt ${message.attempts}): ${result.outcome}. ${result.message}`,
      )
      if (result.retryAfterSeconds !== undefined)
        message.retry({ delaySeconds: result.retryAfterSeconds })
      else message.ack()
    } catch (error) {
      // One message's failure must not fail (and redeliver) the others of its batch.
      console.error(`Integrator ${job.connectionId} (${job.day}) crashed:`, error)
      message.retry({ delaySeconds: CRASH_RETRY_SECONDS })
    }
  }
}

function runDailySync(env: Env, job: Extract<SyncJob, { day: string }>, messageId: string) {
  return runIntegrator(env, {
    connectionId: job.connectionId,
    trigger: 'cron',
    day: job.day,
    onlyIfEnabled: true,
    lease: {
      key: `${job.connectionId}:${job.day}`,
      holder: messageId,
      ttlMs: LEASE_TTL_MS,
      afterSuccess: 'complete',
    },
  })
}
