import type { ConnectionCredentials } from '../adapter'
import { createDirectHttp, type DirectHttpOptions } from '../http/create-direct-http'
import type { FetchLike } from '../http/types'
import { fakeAdapter } from './fake-adapter'

export const NOW = Date.UTC(2026, 2, 1, 12, 0, 0)
export const credentials: ConnectionCredentials = {
  config: {},
  secrets: { apiKey: 'CANARY-k3y-7f1e9b2c' },
}
export const get = { call: 'GET /customers', method: 'GET', path: '/customers' } as const

/** A direct client over `fetch` with a fixed clock, recorded waits and no jitter. */
export function directClient(fetch: FetchLike, over: Partial<DirectHttpOptions> = {}) {
  const waits: number[] = []
  const adapter = over.adapter ?? fakeAdapter()
  const http = createDirectHttp({
    adapter,
    credentials,
    fetch,
    cacheKey: 'conn-1',
    now: () => NOW,
    sleep: async (ms) => {
      waits.push(ms)
    },
    random: () => 1,
    retry: { baseDelayMs: 100, maxDelayMs: 10_000, maxAttempts: 4, budgetMs: 60_000 },
    ...over,
  })
  return { http, waits, adapter }
}

export { failure } from './failure'
