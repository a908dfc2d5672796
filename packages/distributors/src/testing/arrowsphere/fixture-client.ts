import { createDirectHttp } from '../../http'
import type { FetchLike } from '../../http/types'
import { arrowsphereAdapter } from '../../arrowsphere/index'
import { FIXTURE_API_KEY } from './serve-fixtures'

/** Test support: a direct client for ArrowSphere production over the given fetch, without waits. */
export function connectArrowSphere(fetch: FetchLike, apiKey = FIXTURE_API_KEY) {
  return createDirectHttp({
    adapter: arrowsphereAdapter,
    credentials: { config: { environment: 'production' }, secrets: { apiKey } },
    fetch,
    cacheKey: 'connection-arrowsphere-fixtures',
    sleep: async () => {},
    random: () => 0.5,
    pace: false,
  })
}
