import type { Register } from '@seatkeeper/core'
import { queryOptions, type QueryClient } from '@tanstack/solid-query'
import { isUnreachable, noOfflineCopy } from '../api/api-error'
import { fetchRegister } from '../api/register-api'
import { readRegisterSnapshot, saveRegisterSnapshot } from '../db/register-snapshot'
import { registerKeys } from './register-keys'

/**
 * The register, IndexedDB first and the network second: on the first read the copy kept in this
 * browser shows at once (the page opens offline) and a network refresh follows; every network
 * answer is kept for next time. When the network is down, the kept copy is the answer.
 */
export function registerQueryOptions() {
  return queryOptions({
    queryKey: registerKeys.snapshot(),
    queryFn: async ({ signal, client }): Promise<Register> => {
      if (client.getQueryData(registerKeys.snapshot()) === undefined) {
        const stored = await readRegisterSnapshot()
        if (stored) {
          refreshSoon(client)
          return stored.register
        }
      }
      return fetchAndKeepRegister(signal)
    },
  })
}

/** GET /api/register, kept in IndexedDB; falls back to the kept copy when the API is unreachable. */
export async function fetchAndKeepRegister(signal?: AbortSignal): Promise<Register> {
  try {
    const register = await fetchRegister(signal)
    await saveRegisterSnapshot(register)
    return register
  } catch (error) {
    if (isUnreachable(error)) {
      const stored = await readRegisterSnapshot()
      if (stored) return stored.register
      throw noOfflineCopy('the register', '/api/register')
    }
    throw error
  }
}

// After the kept copy is shown, fetch the live one. A timer (not a microtask) so the query has
// stored the kept copy first and the refetch counts as a refresh, not a first read.
function refreshSoon(client: QueryClient) {
  setTimeout(
    () => void client.invalidateQueries({ queryKey: registerKeys.snapshot(), exact: true }),
    0,
  )
}
