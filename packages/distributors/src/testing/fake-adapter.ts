import type { DistributorAdapter, ErrorReading } from '../adapter'
import type { HttpResponse } from '../http/types'

export type FakeAdapter = DistributorAdapter & { logins: number }

/**
 * A tiny adapter for the http client's tests: a fixed base URL, a bearer token it "exchanges"
 * (counting logins) and caches under ctx.cacheKey, and an optional error reader.
 */
export function fakeAdapter(o?: {
  rateLimit?: { requestsPerSecond: number; burst: number }
  readError?: (res: HttpResponse) => ErrorReading | undefined
  authorize?: DistributorAdapter['authorize']
}): FakeAdapter {
  const unused = () => Promise.reject(new Error('not used by the http tests'))
  const adapter: FakeAdapter = {
    logins: 0,
    id: 'acme',
    label: 'Acme',
    fields: [],
    endpoints: () => ({ baseUrl: 'https://api.acme.test/v1' }),
    rateLimit: o?.rateLimit ?? { requestsPerSecond: 1000, burst: 1000 },
    hints: { auth: 'Check the API key under Settings > API in the Acme portal.' },
    ...(o?.readError ? { readError: o.readError } : {}),
    async authorize(ctx) {
      if (o?.authorize) return o.authorize(ctx)
      const cached = ctx.cache.get(ctx.cacheKey)
      if (cached) return { authorization: `Bearer ${cached.value}` }
      adapter.logins++
      const token = `token-${adapter.logins}`
      ctx.cache.set(ctx.cacheKey, token, ctx.now() + 3_600_000)
      return { authorization: `Bearer ${token}` }
    },
    upstreamRoutes: [],
    testConfiguration: unused,
    listCustomers: unused,
    listSubscriptions: unused,
  }
  return adapter
}
