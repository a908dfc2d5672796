import type { ConnectionCredentials } from '../../adapter'
import { createDirectHttp } from '../../http/create-direct-http'
import type { FetchLike } from '../../http/types'
import { alsoAdapter } from '../../also/index'

/** Test support: the direct client on the ALSO adapter, with no real waiting. */
export function alsoTestClient(
  fetch: FetchLike,
  credentials: ConnectionCredentials,
  env?: { sandboxOrigin: string },
) {
  return createDirectHttp({
    adapter: alsoAdapter,
    credentials,
    fetch,
    cacheKey: 'connection-also-1',
    ...(env ? { env } : {}),
    sleep: async () => {},
    random: () => 0.5,
    pace: false,
  })
}
