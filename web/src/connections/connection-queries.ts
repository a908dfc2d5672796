import { queryOptions } from '@tanstack/solid-query'
import { isUnreachable, noOfflineCopy } from '../api/api-error'
import { readConnections, saveConnection, saveConnections } from '../db/connection-cache'
import { connectionKeys } from './connection-keys'
import { getConnection, listConnections, listDistributors, listPsas } from './connections-api'

export function distributorsQuery() {
  return queryOptions({
    queryKey: connectionKeys.distributors(),
    queryFn: ({ signal }) => listDistributors(signal),
    // The catalogue only changes with a deploy.
    staleTime: 60 * 60_000,
  })
}

export function psasQuery() {
  return queryOptions({
    queryKey: connectionKeys.psas(),
    queryFn: ({ signal }) => listPsas(signal),
    staleTime: 60 * 60_000,
  })
}

/** The connections; the copy kept in this browser when the API cannot be reached (read offline). */
export function connectionsQuery() {
  return queryOptions({
    queryKey: connectionKeys.list(),
    queryFn: async ({ signal }) => {
      try {
        const connections = await listConnections(signal)
        await saveConnections(connections)
        return connections
      } catch (error) {
        if (isUnreachable(error)) {
          const kept = await readConnections()
          if (kept.length > 0) return kept
          throw noOfflineCopy('the connections', '/api/connections')
        }
        throw error
      }
    },
  })
}

export function connectionQuery(id: string) {
  return queryOptions({
    queryKey: connectionKeys.detail(id),
    queryFn: async ({ signal }) => {
      try {
        const connection = await getConnection(id, signal)
        await saveConnection(connection)
        return connection
      } catch (error) {
        if (isUnreachable(error)) {
          const kept = (await readConnections()).find((connection) => connection.id === id)
          if (kept) return kept
          throw noOfflineCopy('this connection', `/api/connections/${id}`)
        }
        throw error
      }
    },
  })
}
