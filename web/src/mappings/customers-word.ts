import type { ConnectionView } from '../connections/connection-view-schema'

/** What the connection calls the accounts it maps: a PSA has companies, a distributor customers. */
export const customersWord = (connection: ConnectionView) =>
  connection.kind === 'psa' ? 'companies' : 'customers'
