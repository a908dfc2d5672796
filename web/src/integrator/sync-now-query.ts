import { queryOptions } from '@tanstack/solid-query'
import { connectionKeys } from '../connections/connection-keys'
import { getSyncNow } from '../connections/connections-api'
import { syncNowPollMs } from './sync-outcome'

/** The connection's current or last Sync now, read again every second while it runs. */
export function syncNowQuery(id: string) {
  return queryOptions({
    queryKey: connectionKeys.syncNow(id),
    queryFn: ({ signal }) => getSyncNow(id, signal),
    refetchInterval: (query) => syncNowPollMs(query.state.data),
  })
}
