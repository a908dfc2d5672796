import type { ImportListing, ImportListingWhat, SyncProgress } from '@seatkeeper/core'
import { BackgroundRuns, type RunSlot } from './background-runs'
import type { LeaseStore } from './lease-store'

/** An import listing's lease: one per connection and kind, held by the listing's id. */
export const importListingLeaseKey = (connectionId: string, what: ImportListingWhat) =>
  `${connectionId}:import:${what}`

const slotOf = (connectionId: string, what: ImportListingWhat): RunSlot => ({
  key: `import-listing:${connectionId}:${what}`,
  lease: importListingLeaseKey(connectionId, what),
})

/** The listing store's key for an import listing's records (listing-store.ts). */
export const importListingRunKey = (listingId: string) => `import-${listingId}`

/**
 * A ready listing is planned from again for this long: the same import opened again, or opened in
 * another tab, plans from what was read instead of reading the distributor for another 12 minutes.
 * "Read the distributor again" asks for a fresh one.
 */
export const IMPORT_LISTING_REUSE_MS = 30 * 60_000

/** What a finished listing leaves: its counts, or its failure with the reason. */
export type ImportListingEnd =
  | {
      state: 'ready'
      requests: number
      customers: number
      subscriptions: number
      complete: boolean
      problems: string[]
    }
  | { state: 'failed'; message: string }

const INTERRUPTED =
  'The listing stopped before it finished (the worker running it ended). Nothing was changed: ' +
  'read the distributor again to start a new one.'

/**
 * The current or last import listing of each connection and kind (background-runs.ts): two
 * imports opened at once follow the same listing, and one opened again within
 * IMPORT_LISTING_REUSE_MS plans from the last one. The listing itself runs in a sync workflow.
 */
export class ImportListingStore {
  private readonly runs: BackgroundRuns<ImportListing>

  constructor(storage: DurableObjectStorage, leases: LeaseStore) {
    this.runs = new BackgroundRuns<ImportListing>(storage, leases, (run, finishedAt) => ({
      id: run.id,
      what: run.what,
      startedAt: run.startedAt,
      state: 'failed',
      finishedAt,
      message: INTERRUPTED,
    }))
  }

  /**
   * Starts listing `id`, or answers the one running, or the last ready one when it is recent and
   * `fresh` is not asked. `replaced` is the listing the new one takes the place of (its records
   * can go).
   */
  async start(
    connectionId: string,
    what: ImportListingWhat,
    id: string,
    options: { ttlMs: number; fresh: boolean; now?: number },
  ): Promise<{ started: boolean; listing: ImportListing; replaced?: string }> {
    const now = options.now ?? Date.now()
    const listing: ImportListing = {
      id,
      what,
      state: 'running',
      startedAt: new Date(now).toISOString(),
      requests: 0,
    }
    const { started, run, previous } = await this.runs.start(
      slotOf(connectionId, what),
      listing,
      options.ttlMs,
      {
        now,
        reuse: (last) =>
          !options.fresh &&
          last.state === 'ready' &&
          now - Date.parse(last.finishedAt) < IMPORT_LISTING_REUSE_MS,
      },
    )
    return { started, listing: run, ...(previous ? { replaced: previous.id } : {}) }
  }

  async report(
    connectionId: string,
    what: ImportListingWhat,
    id: string,
    requests: number,
    progress?: SyncProgress,
  ): Promise<void> {
    await this.runs.report(slotOf(connectionId, what), id, {
      requests,
      ...(progress ? { progress } : {}),
    })
  }

  async finish(
    connectionId: string,
    what: ImportListingWhat,
    id: string,
    end: ImportListingEnd,
    now = Date.now(),
  ): Promise<void> {
    await this.runs.finish(
      slotOf(connectionId, what),
      id,
      (current, finishedAt) => ({ id, what, startedAt: current.startedAt, finishedAt, ...end }),
      { now },
    )
  }

  async read(
    connectionId: string,
    what: ImportListingWhat,
    now = Date.now(),
  ): Promise<ImportListing | null> {
    return this.runs.read(slotOf(connectionId, what), now)
  }

  async forget(connectionId: string): Promise<void> {
    await this.runs.forget(slotOf(connectionId, 'customers'))
    await this.runs.forget(slotOf(connectionId, 'subscriptions'))
  }
}
