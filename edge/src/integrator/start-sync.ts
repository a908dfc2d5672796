import type { SyncNow } from '@seatkeeper/core'
import { AppError } from '../http/app-error'
import { registerStub } from '../register/register-stub'
import { LEASE_TTL_MS } from './lease-heartbeat'
import { utcDay, type SyncJob } from './sync-job'
import { syncInstanceId, type SyncParams } from './sync-workflow'

/**
 * The one place a sync is handed to the background: a sync workflow instance each
 * (sync-workflow.ts), whose id is made from the connection and day (the cron's) or the Sync now's
 * id. Creating an id that exists already is refused by the platform, and that refusal is the
 * doubled cron's no-op: the second cron of a day starts nothing.
 */
export async function startSyncs(env: Env, jobs: readonly SyncJob[]): Promise<void> {
  for (const job of jobs) {
    const params: SyncParams =
      job.trigger === 'sync-now'
        ? { ...job, day: utcDay(Date.now()) }
        : { trigger: 'cron', connectionId: job.connectionId, day: job.day }
    const id = syncInstanceId(params)
    try {
      await env.SYNC_WORKFLOW.create({ id, params })
    } catch (error) {
      if (await exists(env, id)) continue
      throw error
    }
  }
}

async function exists(env: Env, id: string): Promise<boolean> {
  try {
    await env.SYNC_WORKFLOW.get(id)
    return true
  } catch {
    return false
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
      'Seatkeeper could not start the sync: the workflow engine did not take it. Try again in a minute.'
    await register.finishSyncNow(connectionId, sync.id, { state: 'failed', message })
    throw new AppError('unavailable', message, { cause, retryAfterSeconds: 60 })
  }
  return sync
}
