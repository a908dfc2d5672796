import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '@seatkeeper/distributors'
import { psaAdapterById } from '@seatkeeper/psa'
import type { ConnectionView } from '../connections/connection-view-schema'
import { distributorClient, proxyHttp } from './distributor-client'

/**
 * The customers a connection maps to register customers: a distributor's customers, or a PSA's
 * companies (a PsaCompany is an ExternalCustomer, so mapping, suggestions and Import Customers
 * run on it unchanged). Listed in the browser through the edge proxy.
 */
export function listExternalCustomers(
  connection: ConnectionView,
  onRequest?: () => void,
): Promise<Listing<ExternalCustomer>> {
  if (connection.kind !== 'psa') {
    const { adapter, http } = distributorClient(connection, onRequest)
    return adapter.listCustomers(http)
  }
  const adapter = psaAdapterById(connection.distributor)
  if (!adapter) {
    throw new Error(
      `This version of Seatkeeper has no adapter for the PSA “${connection.distributorLabel}”. Reload the page to get the latest version.`,
    )
  }
  return adapter.listCompanies(proxyHttp(connection, adapter, onRequest))
}
