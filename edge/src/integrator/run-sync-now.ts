import { registerStub } from '../register/register-stub'
import { syncNowLeaseKey, type SyncNowEnd } from '../register/sync-now-store'
import { classifyFailure } from './classify-failure'
import { LEASE_TTL_MS } from './lease-heartbeat'
import { runIntegrator, type IntegratorOutcome } from './run-integrator'
import type { SyncJob } from './sync-job'

// How often a running Sync now writes its request count: the web polls about this often.
const PROGRESS_EVERY_MS = 1_000

/**
 * Runs a Sync now the register started (start-sync.ts) in the background: the integrator under
 * the Sync now's own lease, its requests reported as it goes, and its outcome kept for the web to
 * read. Never throws: whatever happens ends the Sync now, so no press waits on a dead run.
 */
export async function runSyncNow(
  env: Env,
  job: Extract<SyncJob, { trigger: 'sync-now' }>,
): Promise<void> {
  const register = registerStub(env)
  const progress = throttledProgress((requests) =>
    register.reportSyncNow(job.connectionId, job.syncId, requests),
  )
  let end: SyncNowEnd
  try {
    const result = await runIntegrator(env, {
      connectionId: job.connectionId,
      trigger: 'sync-now',
      lease: {
        key: syncNowLeaseKey(job.connectionId),
        holder: job.syncId,
        ttlMs: LEASE_TTL_MS,
        afterSuccess: 'caller',
      },
      onRequest: progress.count,
    })
    end = endOf(result)
  } catch (error) {
    console.error(`Sync now of connection ${job.connectionId} crashed:`, error)
    end = { state: 'failed', message: classifyFailure(error, 'sync-now').message }
  }
  await progress.settled()
  try {
    await register.finishSyncNow(job.connectionId, job.syncId, end)
  } catch (error) {
    // Its lease then lapses and GET …/sync reads it as interrupted.
    console.error(`Could not record the end of Sync now ${job.syncId}:`, error)
  }
}

function endOf(result: IntegratorOutcome): SyncNowEnd {
  switch (result.outcome) {
    case 'applied':
    case 'no-changes':
      return {
        state: 'finished',
        outcome: result.outcome,
        ...(result.runId ? { runId: result.runId } : {}),
        message: result.message,
      }
    case 'skipped':
      return {
        state: 'failed',
        message: 'The connection was deleted while its sync waited to run.',
      }
    // `busy`: this Sync now waited so long that its lease lapsed and another press took it over.
    default:
      return { state: 'failed', message: result.message }
  }
}

/**
 * Counts requests and reports at most every PROGRESS_EVERY_MS, in order: at once when the last
 * report is older, otherwise once that time is up (so the last change before a long wait — a
 * page read, then a slow answer — is reported too). `changed` is progress that is not a request.
 */
export function throttledProgress(report: (requests: number) => Promise<void>) {
  let requests = 0
  let reportedAt = -Infinity
  let chain = Promise.resolve()
  let later: ReturnType<typeof setTimeout> | undefined
  const send = () => {
    if (later !== undefined) clearTimeout(later)
    later = undefined
    reportedAt = Date.now()
    const upTo = requests
    chain = chain
      .then(() => report(upTo))
      .catch((error: unknown) => console.error('Could not report Sync now progress:', error))
  }
  const changed = () => {
    const wait = reportedAt + PROGRESS_EVERY_MS - Date.now()
    if (wait <= 0) send()
    else later ??= setTimeout(send, wait)
  }
  return {
    count() {
      requests++
      changed()
    },
    changed,
    /** Reports sent; one still waiting for its time is dropped (the caller reports the end). */
    settled: () => {
      if (later !== undefined) clearTimeout(later)
      later = undefined
      return chain
    },
  }
}
