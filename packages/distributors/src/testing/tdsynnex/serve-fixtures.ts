import type { ConnectionCredentials } from '../../adapter'
import { createDirectHttp, createMemoryRotation } from '../../http'
import { tdsynnexAdapter } from '../../tdsynnex/index'
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

export type Seen = { method: string; url: URL; headers: Headers; body: string }
/** Answers a request differently from the fixtures, or undefined to serve the fixture. */
export type Override = (seen: Seen) => Response | undefined

export const json = (text: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } })

function fixtureServer(override?: Override) {
  const seen: Seen[] = []
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const call: Seen = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: await request.text(),
    }
    seen.push(call)
    const special = override?.(call)
    if (special) return special
    const { pathname, searchParams } = call.url
    if (call.url.origin !== 'https://ion.tdsynnex.com') return json('{}', 404)
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
  return { fetch, seen }
}

/** A direct client on the fixture server, with its rotation store to inspect. */
export function fixtureClient(override?: Override, now: () => number = Date.now) {
  const server = fixtureServer(override)
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
