import type { LeaseStore } from './lease-store'

/** What the register keeps of a run that works elsewhere (a workflow) and reports here. */
type Kept = { id: string; state: string; startedAt: string }

/**
 * Where one kind of run of one connection is kept: its storage key and its lease's key (for a run
 * whose lease is the day's, made from the run: `leaseOf`).
 */
export type RunSlot = { key: string; lease: string }
export type RunSlotOf<R> = { key: string; lease: string | ((run: R) => string) }

const leaseKey = <R>(slot: RunSlotOf<R>, run: R) =>
  typeof slot.lease === 'string' ? slot.lease : slot.lease(run)

/**
 * The current or last run of a slot (a connection's Sync now, a connection's import listing),
 * kept by the register Durable Object: it runs one call at a time, so "start unless one is
 * running" is an atomic test-and-set, and two presses get the same run. The run's lease says it is
 * alive: a running record whose lease lapsed belongs to a run that died, and reads as
 * `interrupted` says.
 */
export class BackgroundRuns<R extends Kept> {
  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly leases: LeaseStore,
    private readonly interrupted: (run: R, finishedAt: string) => R,
  ) {}

  /**
   * Starts `run` (taking the slot's lease), or answers the one already running, or the last one
   * when `reuse` accepts it. `previous` is the run the new one replaced.
   */
  async start(
    slot: RunSlot,
    run: R,
    ttlMs: number,
    options: { now?: number; reuse?: (last: R) => boolean } = {},
  ): Promise<{ started: boolean; run: R; previous?: R }> {
    const now = options.now ?? Date.now()
    const last = await this.read(slot, now)
    if (last && last.state !== 'running' && options.reuse?.(last))
      return { started: false, run: last }
    if (this.leases.acquire(slot.lease, run.id, ttlMs, now) !== 'acquired') {
      if (last?.state === 'running') return { started: false, run: last }
    }
    await this.storage.put(slot.key, run)
    return { started: true, run, ...(last ? { previous: last } : {}) }
  }

  /** Keeps `run` as the slot's current one: its lease is taken already, by the run itself. */
  async begin(slot: RunSlotOf<R>, run: R): Promise<void> {
    await this.storage.put(slot.key, run)
  }

  /** Progress of running run `id`; ignored once it ended or another took its place. */
  async report(slot: RunSlotOf<R>, id: string, patch: Partial<R>): Promise<void> {
    const current = await this.storage.get<R>(slot.key)
    if (current?.id !== id || current.state !== 'running') return
    await this.storage.put(slot.key, { ...current, ...patch })
  }

  /**
   * Ends run `id` with what `end` makes of it and frees its lease, so the next one runs (unless
   * `keepLease`: a day's lease is completed by its run, not freed).
   */
  async finish(
    slot: RunSlotOf<R>,
    id: string,
    end: (current: R, finishedAt: string) => R,
    options: { now?: number; keepLease?: boolean } = {},
  ): Promise<void> {
    const now = options.now ?? Date.now()
    const current = await this.storage.get<R>(slot.key)
    if (!options.keepLease && typeof slot.lease === 'string') this.leases.release(slot.lease, id)
    if (current?.id !== id) return
    await this.storage.put(slot.key, end(current, new Date(now).toISOString()))
  }
  /** The slot's current or last run; a running one whose run died reads as interrupted. */
  async read(slot: RunSlotOf<R>, now = Date.now()): Promise<R | null> {
    const current = await this.storage.get<R>(slot.key)
    if (!current) return null
    if (current.state === 'running' && !this.leases.holds(leaseKey(slot, current), current.id, now))
      return this.interrupted(current, new Date(now).toISOString())
    return current
  }

  async forget(slot: RunSlotOf<R>): Promise<void> {
    await this.storage.delete(slot.key)
  }
}
