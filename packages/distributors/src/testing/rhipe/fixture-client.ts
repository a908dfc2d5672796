import { createDirectHttp } from '../../http'
import { rhipeAdapter } from '../../rhipe/index'
import { FIXTURE_CLIENT, serveRhipeFixtures, type ServedCall } from './serve-fixtures'

/** A direct client on the fixtures with instant retries; `secret` overrides the client secret. */
export function rhipeFixtureClient(
  override?: (call: ServedCall) => Response | undefined,
  secret = FIXTURE_CLIENT.clientSecret,
  now?: () => number,
) {
  const fetch = serveRhipeFixtures(override)
  const http = createDirectHttp({
    adapter: rhipeAdapter,
    credentials: {
      config: { environment: 'production', clientId: FIXTURE_CLIENT.clientId },
      secrets: { clientSecret: secret },
    },
    fetch,
    cacheKey: 'connection-1',
    sleep: async () => {},
    random: () => 0,
    pace: false,
    ...(now ? { now } : {}),
  })
  return { http, fetch }
}

export const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
