import type { SyncNow } from '@seatkeeper/core'
import { AppError } from '../http/app-error'
import { registerStub } from '../register/register-stub'
import { LEASE_TTL_MS } from './lease-heartbeat'
import type { SyncJob } from './sync-job'

/**
 * The one place a sync is handed to the background: today a SYNC_JOBS message each, consumed
 * with a queue consumer's 15 minutes of wall time (docs/integrator.md, "Sync now"). Moving the
 * run elsewhere (Cloudflare Workflows, issue 17) changes this function and the consumer only.
 */
export async function startSyncs(env: Env, jobs: readonly SyncJob[]): Promise<void> {
  // sendBatch takes at most 100 messages per call.
  for (let i = 0; i < jobs.length; i += 100) {
    await env.SYNC_JOBS.sendBatch(jobs.slice(i, i + 100).map((body) => ({ body })))
  }
}

/**
 * Sync now: starts a background sync of the connection and answers it at once, or answers the one
 * already running (the register decides atomically, so two presses never run twice).
 */
export async function startSyncNow(env: Env, connectionId: string): Promise<SyncNow> {
  const register = registerStub(env)
  const { started, sync } = await register.startSyncNow(
    connectionId,
    crypto.randomUUID(),
    LEASE_TTL_MS,
  )
  if (!started) return sync
  try {
    await startSyncs(env, [{ trigger: 'sync-now', connectionId, syncId: sync.id }])
  } catch (cause) {
    const message =
      'Seatkeeper could not start the sync: its job queue did not take it. Try again in a minute.'
    await register.finishSyncNow(connectionId, sync.id, { state: 'failed', message })
    throw new AppError('unavailable', message, { cause, retryAfterSeconds: 60 })
  }
  return sync
}
