import { queryOptions } from '@tanstack/solid-query'
import { connectionKeys } from './connection-keys'
import { getConnectionSettings } from './connection-settings-api'

export function connectionSettingsQuery(id: string) {
  return queryOptions({
    queryKey: connectionKeys.settings(id),
    queryFn: ({ signal }) => getConnectionSettings(id, signal),
  })
}
