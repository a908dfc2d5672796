import type { ImportListing, ImportListingStart, SyncNow } from '@seatkeeper/core'
import { AppError } from '../http/app-error'
import { registerStub } from '../register/register-stub'
import { LEASE_TTL_MS } from './lease-heartbeat'
import { utcDay, type SyncJob } from './sync-job'
import { finishBackground, syncInstanceId, type SyncParams } from './sync-workflow'

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
    await createSync(env, params)
  }
}

/** Creates the sync's workflow instance; one whose id exists already is left as it is. */
async function createSync(env: Env, params: SyncParams): Promise<void> {
  const id = syncInstanceId(params)
  try {
    await env.SYNC_WORKFLOW.create({ id, params })
  } catch (error) {
    if (await exists(env, id)) return
    throw error
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
  await launch(
    env,
    { trigger: 'sync-now', connectionId, day: utcDay(Date.now()), syncId: sync.id },
    'the sync',
  )
  return sync
}

/**
 * An import's listing at the edge (docs/integrator.md "Imports that list at the edge"): starts
 * one, or answers the one running or a recent ready one (unless `fresh`); `started` says which.
 */
export async function startImportListing(
  env: Env,
  connectionId: string,
  asked: ImportListingStart,
): Promise<{ started: boolean; listing: ImportListing }> {
  const answer = await registerStub(env).startImportListing(
    connectionId,
    asked.what,
    crypto.randomUUID(),
    { ttlMs: LEASE_TTL_MS, fresh: asked.fresh ?? false },
  )
  if (answer.started)
    await launch(
      env,
      {
        trigger: 'import',
        connectionId,
        day: utcDay(Date.now()),
        listingId: answer.listing.id,
        what: asked.what,
      },
      'the listing',
    )
  return answer
}

/** Starts a Sync now's or a listing's workflow; when the engine refuses, it ends as failed. */
async function launch(
  env: Env,
  params: Exclude<SyncParams, { trigger: 'cron' }>,
  what: string,
): Promise<void> {
  try {
    await createSync(env, params)
  } catch (cause) {
    const message = `Seatkeeper could not start ${what}: the workflow engine did not take it. Try again in a minute.`
    await finishBackground(registerStub(env), params, { state: 'failed', message })
    throw new AppError('unavailable', message, { cause, retryAfterSeconds: 60 })
  }
}
