import type { ConnectionCredentials } from '../../adapter'
import { createDirectHttp, createMemoryRotation } from '../../http'
import { tdsynnexAdapter } from '../../tdsynnex/index'
import { fixtureServer, json, type Override, type Seen } from '../fixture-server'
import { readFixtureText } from '../read-fixture'

// Test support: the adapter talking to a fetch that serves the documented sample answers
// (fixtures/distributors/tdsynnex, see its README) by URL, as ion.tdsynnex.com would.
export const fixture = (name: string) => readFixtureText('tdsynnex', name)

export const REFRESH_TOKEN = 'fixture-refresh-token-5e4d3c'
export const ACCOUNT = '700123'
export const credentials: ConnectionCredentials = {
  config: { environment: 'production', accountId: ACCOUNT },
  secrets: { refreshToken: REFRESH_TOKEN },
}

export { json, type Override, type Seen }

function route(seen: Seen): Response {
  const { pathname, searchParams } = seen.url
  if (pathname === '/oauth/token') return json(fixture('token.json'))
  if (pathname === `/api/v3/accounts/${ACCOUNT}/customers`) {
    return json(
      fixture(
        searchParams.get('pageToken') === 'abc' ? 'customers-page2.json' : 'customers-page1.json',
      ),
    )
  }
  if (pathname === `/api/v3/accounts/${ACCOUNT}/subscriptions`)
    return json(fixture('subscriptions.json'))
  return json('{"message":"Not found"}', 404)
}

/** A direct client on the fixture server, with its rotation store to inspect. */
export function fixtureClient(override?: Override, now: () => number = Date.now) {
  const server = fixtureServer('https://ion.tdsynnex.com', route, override)
  const rotation = createMemoryRotation(credentials.secrets)
  const http = createDirectHttp({
    adapter: tdsynnexAdapter,
    credentials,
    fetch: server.fetch,
    cacheKey: 'connection-1',
    rotation,
    now,
    sleep: async () => {},
    random: () => 0,
    pace: false,
  })
  return { http, seen: server.seen, rotation }
}
