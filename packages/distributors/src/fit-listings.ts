import {
  fitExternalCustomer,
  fitExternalSubscription,
  type ExternalCustomer,
  type ExternalSubscription,
  type Fitted,
} from '@seatkeeper/core'
import type { DistributorAdapter, Listing } from './adapter'

/**
 * The adapter as the app uses it: every listing made fit for the register's write rules
 * (core's fit-external.ts). A record whose id the register cannot keep is left out of the items,
 * named in `problems`, and makes the listing incomplete, so its absence never counts as a deletion.
 */
export function withFitListings(adapter: DistributorAdapter): DistributorAdapter {
  return {
    ...adapter,
    listCustomers: async (http) =>
      fitListing(await adapter.listCustomers(http), fitExternalCustomer),
    listSubscriptions: async (http, customerExternalId) =>
      fitListing(
        await adapter.listSubscriptions(http, customerExternalId),
        fitExternalSubscription,
      ),
  }
}

function fitListing<T extends ExternalCustomer | ExternalSubscription>(
  listing: Listing<T>,
  fit: (record: T) => Fitted<T>,
): Listing<T> {
  const items: T[] = []
  const problems = [...listing.problems]
  for (const item of listing.items) {
    const fitted = fit(item)
    if (fitted.problem === undefined) items.push(fitted.record)
    else problems.push(fitted.problem)
  }
  const complete = listing.complete && problems.length === listing.problems.length
  return { items, complete, problems }
}
