import { queryOptions, type QueryClient } from '@tanstack/solid-query'
import { registerKeys } from './register-keys'
import { RegisterCopy } from './register-copy'
import { keptCopy, syncRegister } from './sync-register'

/**
 * The register, IndexedDB first and the network second: on the first read the copy kept in this
 * browser shows at once (the page opens offline) and a refresh follows; each refresh moves the
 * copy shown on by the runs since its version (sync-register.ts). When the network is down, the
 * copy it has is the answer. The data is a RegisterCopy, never a plain object: see there why.
 */
export function registerQueryOptions() {
  return queryOptions({
    queryKey: registerKeys.snapshot(),
    queryFn: async ({ signal, client }): Promise<RegisterCopy> => {
      const shown = client.getQueryData<RegisterCopy>(registerKeys.snapshot())
      if (shown === undefined) {
        const kept = await keptCopy()
        if (kept) {
          refreshSoon(client)
          return kept
        }
      }
      return syncRegister(shown, signal)
    },
  })
}

// After the kept copy is shown, fetch the live one. A timer (not a microtask) so the query has
// stored the kept copy first and the refetch counts as a refresh, not a first read.
function refreshSoon(client: QueryClient) {
  setTimeout(
    () => void client.invalidateQueries({ queryKey: registerKeys.snapshot(), exact: true }),
    0,
  )
}
