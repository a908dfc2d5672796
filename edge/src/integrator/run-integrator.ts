import { registerStub } from '../register/register-stub'
import type { RegisterRpc, RunTrigger, SyncRecord } from '../register/register-rpc'
import { openConnection, type OpenedConnection } from '../vault'
import { classifyFailure } from './classify-failure'
import { describePlan } from './describe-plan'
import { startHeartbeat } from './lease-heartbeat'
import { syncConnection, type IntegratorHttpOptions, type SyncStats } from './sync-connection'
import { note, recordSuccess } from './sync-workflow'

export type IntegratorOutcome = {
  /**
   * `skipped`: the cron's message for a connection whose integrator is off (or gone) by now.
   * The others are Sync now's answer (docs/api.md).
   */
  outcome: 'applied' | 'no-changes' | 'failed' | 'busy' | 'skipped'
  runId?: string
  message: string
  /** For the queue: try the message again after this many seconds (absent: do not). */
  retryAfterSeconds?: number
  stats?: SyncStats
}

export type IntegratorLease = {
  key: string
  holder: string
  ttlMs: number
  /**
   * `complete`: the key is done for everyone (the cron's day lease: a doubled cron does nothing).
   * `release`: the key is free again as soon as this run ends.
   * `caller`: the caller frees it, after success or failure (Sync now: finishSyncNow records the
   * outcome and frees the lease in one register call, so no read sees a running Sync now whose
   * lease is already gone, which is what a dead run looks like).
   */
  afterSuccess: 'complete' | 'release' | 'caller'
  /** How often the run renews its lease (LEASE_HEARTBEAT_MS unless a test says otherwise). */
  heartbeatMs?: number
}

export type IntegratorRun = {
  connectionId: string
  trigger: RunTrigger
  /**
   * The cron uses `${connectionId}:${day}` held by the queue message id, so a doubled cron is a
   * no-op and a retried message re-takes its own lease after a crash.
   */
  lease: IntegratorLease
  /** The cron's runs: skip a connection whose integrator was switched off after enqueueing. */
  onlyIfEnabled?: boolean
  now?: () => number
  /**
   * The run's day (YYYY-MM-DD, UTC), which "missing since" records and a later day confirms: the
   * cron's job day (a retried message stays on its day); Sync now's is today's date.
   */
  day?: string
  http?: IntegratorHttpOptions
  /** How long the distributor may stay silent before the run fails (upstream-deadline.ts). */
  upstreamDeadlineMs?: number
  /** Called as each upstream request is sent (Sync now's progress). */
  onRequest?: () => void
  /** Reads the clock for the phase timings (the benchmark's waits a tick: workerd's clock moves only across I/O). */
  clock?: () => Promise<number>
}

/**
 * The daily sync of one connection (docs/integrator.md), shared by the cron's
 * queue consumer and Sync now: take the lease, list, plan, apply, record the outcome on the
 * connection (time, error, quarantine), then complete or release the lease.
 */
export async function runIntegrator(env: Env, run: IntegratorRun): Promise<IntegratorOutcome> {
  const now = run.now ?? Date.now
  const register = registerStub(env)
  const startedAt = new Date(now()).toISOString()
  // Counted here, not in the sync, so a run that failed part-way says how far it got.
  let requests = 0
  const onRequest = () => {
    requests += 1
    run.onRequest?.()
  }
  // Every run the integrator makes is in the ledger: one that wrote is its applied plan's run;
  // one that did not (unchanged, failed, only held back) is noted with its outcome and reason.
  const noteOf = (outcome: 'unchanged' | 'failed' | 'held-back', reason?: string) =>
    note(run.trigger, startedAt, requests, outcome, reason)

  let opened: OpenedConnection
  try {
    opened = await openConnection(env, run.connectionId)
  } catch (error) {
    // Before any lease or status is written: a deleted connection must not get a status row back.
    const failure = classifyFailure(error, run.trigger)
    if (failure.gone) return { outcome: 'skipped', message: failure.message }
    await register.recordSync(run.connectionId, {
      at: new Date(now()).toISOString(),
      error: failure.message,
      run: noteOf('failed', failure.message),
    })
    return { outcome: 'failed', message: failure.message }
  }
  const settings = await register.getSettings(run.connectionId)
  if (run.onlyIfEnabled && !settings.integrator.enabled) {
    return {
      outcome: 'skipped',
      message: 'The integrator of this connection is off; nothing was done.',
    }
  }

  const lease = await register.acquireLease(run.lease.key, run.lease.holder, run.lease.ttlMs)
  if (lease !== 'acquired') {
    return {
      outcome: 'busy',
      message:
        lease === 'done'
          ? 'This connection was already synced today; nothing was done.'
          : 'A sync of this connection is already running; nothing was done. Try again in a few minutes.',
    }
  }

  // The lease is short; this run proves it is alive by renewing it until it ends.
  const heartbeat = startHeartbeat(register, run.lease, run.lease.heartbeatMs)
  try {
    const result = await syncConnection({
      env,
      register,
      opened,
      settings,
      trigger: run.trigger,
      ...(run.http ? { http: run.http } : {}),
      ...(run.upstreamDeadlineMs !== undefined
        ? { upstreamDeadlineMs: run.upstreamDeadlineMs }
        : {}),
      onRequest,
      clock: run.clock ?? (async () => now()),
      startedAt,
      day: run.day ?? new Date(now()).toISOString().slice(0, 10),
    })
    heartbeat.stop()
    await recordSuccess(
      register,
      run,
      startedAt,
      result.plan,
      result.runId,
      requests,
      new Date(now()).toISOString(),
    )
    if (run.lease.afterSuccess === 'complete')
      await register.completeLease(run.lease.key, run.lease.holder)
    else if (run.lease.afterSuccess === 'release')
      await register.releaseLease(run.lease.key, run.lease.holder)
    return {
      outcome: result.runId ? 'applied' : 'no-changes',
      ...(result.runId ? { runId: result.runId } : {}),
      message: describePlan(result.plan, opened.adapter.label),
      stats: result.stats,
    }
  } catch (error) {
    heartbeat.stop()
    const failure = classifyFailure(error, run.trigger)
    if (failure.unexpected) {
      console.error(`Integrator run for connection ${run.connectionId} failed:`, error)
    }
    await recordFailure(register, run, failure.message, now, noteOf('failed', failure.message))
    return {
      outcome: 'failed',
      message: failure.message,
      ...(failure.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: failure.retryAfterSeconds }
        : {}),
    }
  }
}

// Best effort: when the register itself is what failed, these fail too; the lease then expires
// (or its holder, the retried message, re-takes it).
async function recordFailure(
  register: RegisterRpc,
  run: IntegratorRun,
  message: string,
  now: () => number,
  failed: SyncRecord['run'],
) {
  try {
    await register.recordSync(run.connectionId, {
      at: new Date(now()).toISOString(),
      error: message,
      run: failed,
    })
  } catch (error) {
    console.error(`Could not record the failed sync of connection ${run.connectionId}:`, error)
  }
  if (run.lease.afterSuccess === 'caller') return
  try {
    // Free the lease so a retry (the queue's, or the user's) may run today.
    await register.releaseLease(run.lease.key, run.lease.holder)
  } catch (error) {
    console.error(`Could not release lease ${run.lease.key}:`, error)
  }
}
