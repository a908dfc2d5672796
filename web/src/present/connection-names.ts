import { queryOptions } from '@tanstack/solid-query'
import * as v from 'valibot'
import { ConnectionViewSchema } from '@seatkeeper/core'
import { fetchApi } from '../api/fetch-api'
import { parseWith } from '../api/parse-with'
import { readConnections } from '../db/connection-cache'

/**
 * Connection id → "Name (Distributor)": how every screen refers to a connection. The kept list
 * answers offline, {} at worst (callers then say the connection is unknown, never show its id).
 */
export function connectionNamesQueryOptions() {
  return queryOptions({
    queryKey: ['connection-names'] as const,
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
