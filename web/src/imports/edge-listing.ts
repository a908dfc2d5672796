import {
  ExternalCustomerSchema,
  ExternalSubscriptionSchema,
  type ImportListing,
  type ImportListingWhat,
} from '@seatkeeper/core'
import { adapterById, importListsAtEdge } from '@seatkeeper/distributors'
import * as v from 'valibot'
import { parseWith } from '../api/parse-with'
import {
  getImportListing,
  getImportListingPage,
  startImportListing,
} from '../connections/connections-api'
import type { ConnectionView } from '../connections/connection-view-schema'
import type { EdgeRead, ReadListing } from './import-flow'

/**
 * Whether this connection's imports (of all its customers) list at the edge: a distributor read
 * one customer at a time (importListsAtEdge); a PSA's companies, and every other distributor, go
 * through the proxy.
 */
export function listsAtEdge(connection: Pick<ConnectionView, 'kind' | 'distributor'>): boolean {
  if (connection.kind === 'psa') return false
  const adapter = adapterById(connection.distributor)
  return adapter !== undefined && importListsAtEdge(adapter)
}

/** Said on an import that lists at the edge, after what it reads. */
export const EDGE_NOTE =
  ' This distributor is read one customer at a time, so Seatkeeper lists it at the edge: you may close this page and come back to it; opening the import again follows the same listing.'

// While the edge lists, the screen reads its state this often (as Sync now's).
const POLL_MS = 1_000

type Deps = {
  start: typeof startImportListing
  read: typeof getImportListing
  page: typeof getImportListingPage
  wait: (ms: number, signal?: AbortSignal) => Promise<void>
}

const live: Deps = {
  start: startImportListing,
  read: getImportListing,
  page: getImportListingPage,
  wait: (ms, signal) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms)
      signal?.addEventListener('abort', () => {
        clearTimeout(timer)
        reject(signal.reason)
      })
    }),
}

const schemas = {
  customers: v.array(ExternalCustomerSchema),
  subscriptions: v.array(ExternalSubscriptionSchema),
}

/**
 * Lists at the edge (docs/integrator.md "Imports that list at the edge"): starts or follows the
 * connection's listing, tells `edge.onProgress` while it runs (it goes on if the page is closed),
 * then reads the records of `what` back in pages. A listing that failed is an error with its reason.
 */
export async function readAtEdge<K extends ImportListingWhat>(
  connectionId: string,
  what: K,
  edge: Omit<EdgeRead, 'onPages'>,
  deps: Deps = live,
): Promise<ReadListing<v.InferOutput<(typeof schemas)[K]>>> {
  let listing: ImportListing | null = await deps.start(connectionId, {
    what,
    ...(edge.fresh ? { fresh: true } : {}),
  })
  while (listing?.state === 'running') {
    edge.onProgress(listing.requests, listing.progress)
    await deps.wait(POLL_MS, edge.signal)
    listing = await deps.read(connectionId, what, edge.signal)
  }
  if (!listing)
    throw new Error('The listing at the edge is gone (was the connection removed?). Read again.')
  if (listing.state === 'failed') throw new Error(listing.message)
  const items: unknown[] = []
  const parse = parseWith(
    schemas[what],
    `GET /api/connections/${connectionId}/import-listings/${what}/${listing.id}/${what}`,
  )
  let cursor: { part: number; chunk: number } | undefined
  do {
    const page = await deps.page(connectionId, listing, what, cursor, edge.signal)
    for (const item of parse(page.items)) items.push(item)
    cursor = page.next
  } while (cursor)
  return {
    listing: items as v.InferOutput<(typeof schemas)[K]>,
    complete: listing.complete,
    problems: listing.problems,
    listedAt: listing.finishedAt,
  }
}
