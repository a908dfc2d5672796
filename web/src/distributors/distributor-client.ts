import {
  adapterById,
  createProxyHttp,
  type DistributorAdapter,
  type DistributorHttp,
  type PageProgress,
  type UpstreamConnector,
} from '@seatkeeper/distributors'
import type { ConnectionView } from '../connections/connection-view-schema'

/**
 * The connection's adapter and an http client that goes through the edge proxy (the edge adds the
 * credentials; the browser never holds them). `onRequest` is told about every request, so a long
 * listing can show that it is moving.
 */
/** What listing a connection through the proxy needs of it: plain data, so it crosses to a worker. */
export type ListedConnection = Pick<
  ConnectionView,
  'id' | 'name' | 'kind' | 'distributor' | 'distributorLabel' | 'config'
>

export function distributorClient(
  connection: ListedConnection,
  onRequest?: () => void,
  onPage?: PageProgress,
): { adapter: DistributorAdapter; http: DistributorHttp } {
  const adapter = adapterById(connection.distributor)
  if (connection.kind === 'psa') {
    throw new Error(
      `“${connection.name}” is a ${connection.distributorLabel} connection, a PSA: subscriptions are imported from distributor connections; its billing lines are imported on its Billing tab.`,
    )
  }
  if (!adapter) {
    throw new Error(
      `This version of Seatkeeper has no adapter for the distributor “${connection.distributorLabel}”. ` +
        'Reload the page to get the latest version.',
    )
  }
  return { adapter, http: proxyHttp(connection, adapter, onRequest, onPage) }
}

/** The edge proxy's http client for one connection, paced and read by its adapter (distributor or PSA). */
function proxyHttp(
  connection: ListedConnection,
  adapter: UpstreamConnector,
  onRequest?: () => void,
  onPage?: PageProgress,
): DistributorHttp {
  const fetchNow = globalThis.fetch.bind(globalThis)
  return createProxyHttp({
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
    ...(onPage ? { onPage } : {}),
  })
}
