import { queryOptions } from '@tanstack/solid-query'
import * as v from 'valibot'
import { ConnectionViewSchema } from '@seatkeeper/core'
import { fetchApi } from '../api/fetch-api'
import { parseWith } from '../api/parse-with'
import { readConnections } from '../db/connection-cache'
import { runKeys } from './run-keys'

/** Connection id → "Name (Distributor)" for the ledger; the kept list when offline, {} at worst. */
export function connectionNamesQueryOptions() {
  return queryOptions({
    queryKey: [...runKeys.all, 'connection-names'] as const,
    queryFn: async ({ signal }) => {
      const connections = await fetchApi(
        '/api/connections',
        parseWith(v.object({ connections: v.array(ConnectionViewSchema) }), 'GET /api/connections'),
        { signal },
      )
        .then((list) => list.connections)
        .catch(() => readConnections())
      return Object.fromEntries(
        connections.map((c) => [c.id, `${c.name} (${c.distributorLabel})`]),
      ) as Record<string, string>
    },
    staleTime: 5 * 60_000,
  })
}
