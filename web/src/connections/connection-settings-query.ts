import { queryOptions } from '@tanstack/solid-query'
import { isUnreachable, noOfflineCopy } from '../api/api-error'
import { readSettings, saveSettings } from '../db/settings-cache'
import { connectionKeys } from './connection-keys'
import { getConnectionSettings } from './connection-settings-api'

/** The connection's settings; the copy kept in this browser when the API cannot be reached. */
export function connectionSettingsQuery(id: string) {
  return queryOptions({
    queryKey: connectionKeys.settings(id),
    queryFn: async ({ signal }) => {
      try {
        const settings = await getConnectionSettings(id, signal)
        await saveSettings(id, settings)
        return settings
      } catch (error) {
        if (isUnreachable(error)) {
          const kept = await readSettings(id)
          if (kept) return kept
          throw noOfflineCopy('the settings of this connection', `/api/connections/${id}/settings`)
        }
        throw error
      }
    },
  })
}
