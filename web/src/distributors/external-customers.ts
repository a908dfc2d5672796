import { PsaCompanyListSchema, type ExternalCustomer } from '@seatkeeper/core'
import type { Listing, PageProgress } from '@seatkeeper/distributors'
import { fetchApi } from '../api/fetch-api'
import { parseWith } from '../api/parse-with'
import type { ConnectionView } from '../connections/connection-view-schema'
import { listedConnection } from '../workers/listing-jobs'
import { runListing } from '../workers/run-core-job'

/**
 * The customers a connection maps to register customers: a distributor's customers (listed in the
 * browser through the edge proxy, in the core worker: listing-jobs.ts), or a PSA's companies (listed by the edge, which finds the PSA's
 * hosts first: GET /api/connections/:id/companies). A PSA company is an ExternalCustomer, so
 * mapping, suggestions and Import Customers run on it unchanged.
 */
export async function listExternalCustomers(
  connection: ConnectionView,
  onRequest?: () => void,
  onPage?: PageProgress,
): Promise<Listing<ExternalCustomer>> {
  if (connection.kind !== 'psa') {
    return runListing('listCustomers', [listedConnection(connection)], {
      onRequest: onRequest ?? (() => {}),
      onPage: onPage ?? (() => {}),
    })
  }
  onRequest?.()
  const path = `/api/connections/${encodeURIComponent(connection.id)}/companies` as const
  return fetchApi(path, parseWith(PsaCompanyListSchema, `GET ${path}`))
}
