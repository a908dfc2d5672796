import type { ExternalCustomer, ExternalSubscription } from '@seatkeeper/core'
import type { Listing, PageProgress } from '@seatkeeper/distributors'
import { distributorClient, type ListedConnection } from '../distributors/distributor-client'

export type { ListedConnection }

export const listedConnection = (connection: ListedConnection): ListedConnection => ({
  id: connection.id,
  name: connection.name,
  kind: connection.kind,
  distributor: connection.distributor,
  distributorLabel: connection.distributorLabel,
  config: { ...connection.config },
})

/** How a listing tells the page it moves: each request, and pages read of all (onPage). */
export type ListingWatch = { onRequest: () => void; onPage: PageProgress }

/**
 * A distributor's listings through the edge proxy, run in the core worker (run-core-job.ts):
 * reading, checking and normalising a distributor's answers is the import's heaviest work on the
 * page — at 10,000 customers TD SYNNEX's 100,000 subscriptions were one 519 ms task of
 * normalising after the last page (docs/benchmarks.md) — and a worker does it with the page
 * free. The same functions run on the page where there is no worker.
 */
export const listingJobs = {
  listCustomers(
    connection: ListedConnection,
    watch: ListingWatch,
  ): Promise<Listing<ExternalCustomer>> {
    const { adapter, http } = distributorClient(connection, watch.onRequest, watch.onPage)
    return adapter.listCustomers(http)
  },
  /** Every subscription (`customerExternalIds` undefined), or those of these customers. */
  async listSubscriptions(
    connection: ListedConnection,
    customerExternalIds: string[] | undefined,
    watch: ListingWatch,
  ): Promise<Listing<ExternalSubscription>> {
    // Pages read of all for the whole account's listing; one customer's is a page or two.
    const { adapter, http } = distributorClient(
      connection,
      watch.onRequest,
      customerExternalIds ? undefined : watch.onPage,
    )
    const listings = customerExternalIds
      ? await Promise.all(customerExternalIds.map((id) => adapter.listSubscriptions(http, id)))
      : [await adapter.listSubscriptions(http)]
    return {
      items: listings.flatMap((listing) => listing.items),
      complete: listings.every((listing) => listing.complete),
      problems: listings.flatMap((listing) => listing.problems),
    }
  },
}

export type ListingJobs = typeof listingJobs
export type ListingJobName = keyof ListingJobs
/** A listing's arguments without its watch (the last one), which the worker makes itself. */
export type ListingJobArgs<K extends ListingJobName> =
  Parameters<ListingJobs[K]> extends [...infer A, ListingWatch] ? A : never
export type ListingJobResult<K extends ListingJobName> = Awaited<ReturnType<ListingJobs[K]>>
