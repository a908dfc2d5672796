import { queryOptions } from '@tanstack/solid-query'
import { connectionKeys } from '../connections/connection-keys'
import type { ConnectionView } from '../connections/connection-view-schema'
import { listExternalCustomers } from '../distributors/external-customers'

/**
 * The distributor's customers (or the PSA's companies) for this connection, listed in the browser
 * through the edge proxy.
 * Kept for a few minutes: Generate Mappings, Add and Suggestions all read the same listing.
 */
export function distributorCustomersQuery(connection: ConnectionView) {
  return queryOptions({
    queryKey: connectionKeys.distributorCustomers(connection.id),
    queryFn: () => listExternalCustomers(connection),
    staleTime: 5 * 60_000,
    // The shared http client already retried what is worth retrying.
    retry: false,
  })
}
