import { queryOptions } from '@tanstack/solid-query'
import { connectionKeys } from '../connections/connection-keys'
import { getNightlySync, getSyncNow } from '../connections/connections-api'
import { syncNowPollMs } from './sync-outcome'

/** The connection's current or last Sync now, read again every second while it runs. */
export function syncNowQuery(id: string) {
  return queryOptions({
    queryKey: connectionKeys.syncNow(id),
    queryFn: ({ signal }) => getSyncNow(id, signal),
    refetchInterval: (query) => syncNowPollMs(query.state.data),
  })
}

// A daily sync may start while the page is open: looked for now and then, followed each second.
const NIGHTLY_LOOK_MS = 60_000

/** The connection's current or last daily sync, read again every second while it runs. */
export function nightlySyncQuery(id: string) {
  return queryOptions({
    queryKey: connectionKeys.nightlySync(id),
    queryFn: ({ signal }) => getNightlySync(id, signal),
    refetchInterval: (query) => syncNowPollMs(query.state.data) || NIGHTLY_LOOK_MS,
  })
}
