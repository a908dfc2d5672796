import { queryOptions } from '@tanstack/solid-query'
import { fetchApi } from '../api/fetch-api'
import { parseHealth } from './parse-health'
import { healthKeys } from './health-keys'

/** Whether the edge Worker is answering; shared by the header badge and the outage banner. */
export function edgeHealthQuery() {
  return queryOptions({
    queryKey: healthKeys.edge(),
    queryFn: ({ signal }) => fetchApi('/api/health', parseHealth, { signal }),
    // Re-checked every minute so an outage (or the recovery) shows without a reload.
    refetchInterval: 60_000,
    retry: 1,
  })
}
