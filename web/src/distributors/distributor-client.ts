import {
  adapterById,
  createProxyHttp,
  type DistributorAdapter,
  type DistributorHttp,
} from '@seatkeeper/distributors'
import type { ConnectionView } from '../connections/connection-view-schema'

/**
 * The connection's adapter and an http client that goes through the edge proxy (the edge adds the
 * credentials; the browser never holds them). `onRequest` is told about every request, so a long
 * listing can show that it is moving.
 */
export function distributorClient(
  connection: ConnectionView,
  onRequest?: () => void,
): { adapter: DistributorAdapter; http: DistributorHttp } {
  const adapter = adapterById(connection.distributor)
  if (connection.kind === 'psa') {
    // The edge keeps PSA connections too; this page's distributor steps do not apply to them yet.
    throw new Error(
      `“${connection.name}” is a ${connection.distributorLabel} connection, a PSA: customers and subscriptions are imported from distributor connections. Its billing lines are imported through the edge API (docs/psa.md).`,
    )
  }
  if (!adapter) {
    throw new Error(
      `This version of Seatkeeper has no adapter for the distributor “${connection.distributorLabel}”. ` +
        'Reload the page to get the latest version.',
    )
  }
  const fetchNow = globalThis.fetch.bind(globalThis)
  const http = createProxyHttp({
    distributor: connection.distributor,
    label: adapter.label,
    connectionId: connection.id,
    fetch: onRequest
      ? (input, init) => {
          onRequest()
          return fetchNow(input, init)
        }
      : fetchNow,
    rateLimit: adapter.rateLimit,
    config: connection.config,
    readError: (response) => adapter.readError?.(response),
    hints: adapter.hints,
  })
  return { adapter, http }
}
