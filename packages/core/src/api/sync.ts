import * as v from 'valibot'

const Started = {
  /** The Sync now's own id (not a run id: a sync that changes nothing writes no run). */
  id: v.pipe(v.string(), v.minLength(1)),
  startedAt: v.string(),
}

/**
 * How far a long run is, in the unit that dominates its time: for a distributor whose API reads
 * subscriptions one customer at a time (Sherweb, ALSO, Ingram Micro at the edge), the customers whose subscriptions are
 * read. `since` is when that phase began, so a reader works out the rate and the time left
 * (syncProgressFigures) from numbers that survive a reload.
 */
export const SyncProgressSchema = v.object({
  phase: v.picklist(['customers', 'subscriptions', 'plan']),
  unit: v.picklist(['customers', 'pages']),
  done: v.number(),
  total: v.number(),
  since: v.string(),
})
export type SyncProgress = v.InferOutput<typeof SyncProgressSchema>

/** The rate (per minute) and the time left (seconds) of a run's progress at `now`, when known. */
export function syncProgressFigures(
  progress: SyncProgress,
  now: number,
): { perMinute?: number; secondsLeft?: number } {
  const minutes = (now - Date.parse(progress.since)) / 60_000
  if (!(minutes > 0) || progress.done === 0) return {}
  const perMinute = progress.done / minutes
  const left = Math.max(0, progress.total - progress.done)
  return { perMinute, secondsLeft: Math.round((left / perMinute) * 60) }
}

/**
 * One Sync now of a connection: what `POST /api/connections/:id/sync` answers (202, the run just
 * started or the one already running) and `GET …/sync` reads while the web polls it.
 * - `running`: the background run works; `requests` upstream calls so far (retries and token
 *   exchanges included), and `progress` once the run knows a total (customers to read).
 * - `finished`: `applied` (with the run that wrote) or `no-changes`; `message` says what was done.
 * - `failed`: `message` is the reason and what to do.
 */
export const SyncNowSchema = v.variant('state', [
  v.object({
    ...Started,
    state: v.literal('running'),
    requests: v.number(),
    progress: v.optional(SyncProgressSchema),
  }),
  v.object({
    ...Started,
    state: v.literal('finished'),
    finishedAt: v.string(),
    outcome: v.picklist(['applied', 'no-changes']),
    runId: v.optional(v.string()),
    message: v.string(),
  }),
  v.object({
    ...Started,
    state: v.literal('failed'),
    finishedAt: v.string(),
    message: v.string(),
  }),
])
export type SyncNow = v.InferOutput<typeof SyncNowSchema>

/** GET /api/connections/:id/sync: the connection's current or last Sync now; null before the first. */
export const SyncNowReadSchema = v.object({ latest: v.nullable(SyncNowSchema) })
export type SyncNowRead = v.InferOutput<typeof SyncNowReadSchema>

/** What an import lists at the edge: the customers alone, or the customers and their subscriptions. */
export const ImportListingWhatSchema = v.picklist(['customers', 'subscriptions'])
export type ImportListingWhat = v.InferOutput<typeof ImportListingWhatSchema>

const Listed = { ...Started, what: ImportListingWhatSchema }

/**
 * One listing made at the edge for Import Customers or Import Subscriptions, for a distributor whose
 * API reads one customer at a time (docs/integrator.md "Imports that list at the edge"). The
 * browser starts it (`POST /api/connections/:id/import-listings`), may close the tab, and plans from
 * its records once it is `ready`.
 * - `running`: `requests` upstream calls so far, `progress` once the total is known.
 * - `ready`: `customers` and `subscriptions` records can be read in pages; `complete` is false when
 *   part of the listing could not be read (then `problems` say which), and nothing missing from it
 *   is treated as deleted.
 * - `failed`: `message` is the reason and what to do.
 */
export const ImportListingSchema = v.variant('state', [
  v.object({
    ...Listed,
    state: v.literal('running'),
    requests: v.number(),
    progress: v.optional(SyncProgressSchema),
  }),
  v.object({
    ...Listed,
    state: v.literal('ready'),
    finishedAt: v.string(),
    requests: v.number(),
    customers: v.number(),
    subscriptions: v.number(),
    complete: v.boolean(),
    problems: v.array(v.string()),
  }),
  v.object({
    ...Listed,
    state: v.literal('failed'),
    finishedAt: v.string(),
    message: v.string(),
  }),
])
export type ImportListing = v.InferOutput<typeof ImportListingSchema>

/** POST /api/connections/:id/import-listings: which listing; `fresh` refuses a recent ready one. */
export const ImportListingStartSchema = v.object({
  what: ImportListingWhatSchema,
  fresh: v.optional(v.boolean()),
})
export type ImportListingStart = v.InferOutput<typeof ImportListingStartSchema>

/** GET /api/connections/:id/import-listings/:what: the current or last one; null before the first. */
export const ImportListingReadSchema = v.object({ latest: v.nullable(ImportListingSchema) })

/**
 * GET …/import-listings/:what/:listingId/:kind?part=&chunk=: one page of a ready listing's records,
 * each checked by the reader against its own schema; `next` is the cursor of the next page.
 */
export const ImportListingPageSchema = v.object({
  items: v.array(v.unknown()),
  next: v.optional(v.object({ part: v.number(), chunk: v.number() })),
})
export type ImportListingPage = v.InferOutput<typeof ImportListingPageSchema>
