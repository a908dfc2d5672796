import type { SyncNow, SyncProgress } from '@seatkeeper/core'
import { BackgroundRuns, type RunSlot } from './background-runs'
import type { LeaseStore } from './lease-store'

/** Sync now's lease (lease-store.ts): one per connection, held by the Sync now's id. */
export const syncNowLeaseKey = (connectionId: string) => `${connectionId}:now`

const slotOf = (connectionId: string): RunSlot => ({
  key: `sync-now:${connectionId}`,
  lease: syncNowLeaseKey(connectionId),
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

  constructor(storage: DurableObjectStorage, leases: LeaseStore) {
    this.runs = new BackgroundRuns<SyncNow>(storage, leases, (run, finishedAt) => ({
      id: run.id,
      startedAt: run.startedAt,
      state: 'failed',
      finishedAt,
      message: INTERRUPTED,
    }))
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
      now,
    )
  }

  /** The connection's current or last Sync now; a running one whose run died reads as failed. */
  async read(connectionId: string, now = Date.now()): Promise<SyncNow | null> {
    return this.runs.read(slotOf(connectionId), now)
  }

  async forget(connectionId: string): Promise<void> {
    await this.runs.forget(slotOf(connectionId))
  }
}
