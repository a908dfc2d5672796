import type { SyncNow, SyncProgress } from '@seatkeeper/core'
import { BackgroundRuns, type RunSlot, type RunSlotOf } from './background-runs'
import type { LeaseStore } from './lease-store'

/** Sync now's lease (lease-store.ts): one per connection, held by the Sync now's id. */
export const syncNowLeaseKey = (connectionId: string) => `${connectionId}:now`

const slotOf = (connectionId: string): RunSlot => ({
  key: `sync-now:${connectionId}`,
  lease: syncNowLeaseKey(connectionId),
})

/** The cron's run of a connection, kept like a Sync now; its lease is the day's, named in it. */
type Nightly = SyncNow & { lease: string }

const nightlySlotOf = (connectionId: string): RunSlotOf<Nightly> => ({
  key: `nightly:${connectionId}`,
  lease: (run) => run.lease,
})

/** What a finished Sync now leaves: its outcome, or its failure with the reason. */
export type SyncNowEnd =
  | { state: 'finished'; outcome: 'applied' | 'no-changes'; runId?: string; message: string }
  | { state: 'failed'; message: string }

// A running Sync now whose lease lapsed belongs to a run that stopped beating: its worker died.
const INTERRUPTED =
  'The sync stopped before it could report its result (the worker running it ended). ' +
  'Check Runs for a change it may have made, then press Sync now to try again.'

/**
 * The current or last Sync now of each connection (background-runs.ts): two presses get the same
 * run. The run itself happens in a sync workflow (sync-workflow.ts) and reports here.
 */
export class SyncNowStore {
  private readonly runs: BackgroundRuns<SyncNow>
  private readonly nightly: BackgroundRuns<Nightly>

  constructor(storage: DurableObjectStorage, leases: LeaseStore) {
    const interrupted = (run: SyncNow, finishedAt: string): SyncNow => ({
      id: run.id,
      startedAt: run.startedAt,
      state: 'failed',
      finishedAt,
      message: INTERRUPTED,
    })
    this.runs = new BackgroundRuns<SyncNow>(storage, leases, interrupted)
    this.nightly = new BackgroundRuns<Nightly>(storage, leases, (run, finishedAt) => ({
      ...interrupted(run, finishedAt),
      lease: run.lease,
    }))
  }

  /**
   * The cron's run `id` of the connection began, holding the day's lease `lease`: its progress is
   * kept like a Sync now's, so the Integrator tab shows a nightly run as it goes.
   */
  async beginNightly(connectionId: string, id: string, lease: string, now = Date.now()) {
    await this.nightly.begin(nightlySlotOf(connectionId), {
      id,
      lease,
      state: 'running',
      startedAt: new Date(now).toISOString(),
      requests: 0,
    })
  }

  async reportNightly(connectionId: string, id: string, requests: number, progress?: SyncProgress) {
    await this.nightly.report(nightlySlotOf(connectionId), id, {
      requests,
      ...(progress ? { progress } : {}),
    })
  }

  /** The cron's run ended; the day's lease is its own to complete or free. */
  async finishNightly(connectionId: string, id: string, end: SyncNowEnd, now = Date.now()) {
    await this.nightly.finish(
      nightlySlotOf(connectionId),
      id,
      (current, finishedAt) => ({
        id,
        lease: current.lease,
        startedAt: current.startedAt,
        finishedAt,
        ...end,
      }),
      { now, keepLease: true },
    )
  }

  /** The connection's current or last cron run, as a Sync now reads. */
  async readNightly(connectionId: string, now = Date.now()): Promise<SyncNow | null> {
    const run = await this.nightly.read(nightlySlotOf(connectionId), now)
    if (!run) return null
    const { lease: _lease, ...shown } = run
    return shown
  }

  /** Starts Sync now `id` (taking its lease), or answers the one already running. */
  async start(
    connectionId: string,
    id: string,
    ttlMs: number,
    now = Date.now(),
  ): Promise<{ started: boolean; sync: SyncNow }> {
    const sync: SyncNow = {
      id,
      state: 'running',
      startedAt: new Date(now).toISOString(),
      requests: 0,
    }
    const { started, run } = await this.runs.start(slotOf(connectionId), sync, ttlMs, { now })
    return { started, sync: run }
  }

  /** Progress of running Sync now `id`; ignored once it ended or another took its place. */
  async report(
    connectionId: string,
    id: string,
    requests: number,
    progress?: SyncProgress,
  ): Promise<void> {
    await this.runs.report(slotOf(connectionId), id, {
      requests,
      ...(progress ? { progress } : {}),
    })
  }

  /** Ends Sync now `id` with its outcome and frees its lease, so the next press runs. */
  async finish(connectionId: string, id: string, end: SyncNowEnd, now = Date.now()): Promise<void> {
    await this.runs.finish(
      slotOf(connectionId),
      id,
      (current, finishedAt) => ({ id, startedAt: current.startedAt, finishedAt, ...end }),
      { now },
    )
  }

  /** The connection's current or last Sync now; a running one whose run died reads as failed. */
  async read(connectionId: string, now = Date.now()): Promise<SyncNow | null> {
    return this.runs.read(slotOf(connectionId), now)
  }

  async forget(connectionId: string): Promise<void> {
    await this.runs.forget(slotOf(connectionId))
    await this.nightly.forget(nightlySlotOf(connectionId))
  }
}
