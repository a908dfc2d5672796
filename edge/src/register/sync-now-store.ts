import type { SyncNow, SyncProgress } from '@seatkeeper/core'
import type { LeaseStore } from './lease-store'

const KEY_PREFIX = 'sync-now:'

/** Sync now's lease (lease-store.ts): one per connection, held by the Sync now's id. */
export const syncNowLeaseKey = (connectionId: string) => `${connectionId}:now`

/** What a finished Sync now leaves: its outcome, or its failure with the reason. */
export type SyncNowEnd =
  | { state: 'finished'; outcome: 'applied' | 'no-changes'; runId?: string; message: string }
  | { state: 'failed'; message: string }

// A running Sync now whose lease lapsed belongs to a run that stopped beating: its worker died.
const INTERRUPTED =
  'The sync stopped before it could report its result (the worker running it ended). ' +
  'Check Runs for a change it may have made, then press Sync now to try again.'

/**
 * The current or last Sync now of each connection, kept by the register Durable Object: it runs
 * one call at a time, so "start unless one is running" is an atomic test-and-set, and two presses
 * get the same run. The run itself happens elsewhere (the SYNC_JOBS consumer) and reports here.
 */
export class SyncNowStore {
  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly leases: LeaseStore,
  ) {}

  /** Starts Sync now `id` (taking its lease), or answers the one already running. */
  async start(
    connectionId: string,
    id: string,
    ttlMs: number,
    now = Date.now(),
  ): Promise<{ started: boolean; sync: SyncNow }> {
    // 'done' never happens for these keys: a Sync now lease is only ever released.
    if (this.leases.acquire(syncNowLeaseKey(connectionId), id, ttlMs, now) !== 'acquired') {
      const running = await this.read(connectionId, now)
      if (running?.state === 'running') return { started: false, sync: running }
    }
    const sync: SyncNow = {
      id,
      state: 'running',
      startedAt: new Date(now).toISOString(),
      requests: 0,
    }
    await this.storage.put(`${KEY_PREFIX}${connectionId}`, sync)
    return { started: true, sync }
  }

  /** Progress of running Sync now `id`; ignored once it ended or another took its place. */
  async report(
    connectionId: string,
    id: string,
    requests: number,
    progress?: SyncProgress,
  ): Promise<void> {
    const current = await this.storage.get<SyncNow>(`${KEY_PREFIX}${connectionId}`)
    if (current?.id !== id || current.state !== 'running') return
    await this.storage.put(`${KEY_PREFIX}${connectionId}`, {
      ...current,
      requests,
      ...(progress ? { progress } : {}),
    })
  }

  /** Ends Sync now `id` with its outcome and frees its lease, so the next press runs. */
  async finish(connectionId: string, id: string, end: SyncNowEnd, now = Date.now()): Promise<void> {
    this.leases.release(syncNowLeaseKey(connectionId), id)
    const current = await this.storage.get<SyncNow>(`${KEY_PREFIX}${connectionId}`)
    if (current?.id !== id) return
    await this.storage.put(`${KEY_PREFIX}${connectionId}`, {
      id,
      startedAt: current.startedAt,
      finishedAt: new Date(now).toISOString(),
      ...end,
    } satisfies SyncNow)
  }

  /** The connection's current or last Sync now; a running one whose run died reads as failed. */
  async read(connectionId: string, now = Date.now()): Promise<SyncNow | null> {
    const current = await this.storage.get<SyncNow>(`${KEY_PREFIX}${connectionId}`)
    if (!current) return null
    if (
      current.state === 'running' &&
      !this.leases.holds(syncNowLeaseKey(connectionId), current.id, now)
    )
      return {
        id: current.id,
        startedAt: current.startedAt,
        state: 'failed',
        finishedAt: new Date(now).toISOString(),
        message: INTERRUPTED,
      }
    return current
  }

  async forget(connectionId: string): Promise<void> {
    await this.storage.delete(`${KEY_PREFIX}${connectionId}`)
  }
}
