import type { ConnectionCredentials } from '../../adapter'
import { crayonAdapter } from '../../crayon/index'
import { createDirectHttp } from '../../http'
import { readFixtureText } from '../read-fixture'

// Test support: the adapter talking to a fetch that serves the documented sample answers
// (fixtures/distributors/crayon, see its README) by URL, as apiv1.crayon.com would.
export const fixture = (name: string) => readFixtureText('crayon', name)

export const SECRET = 'fixture-client-secret-5e6f7a'
export const PASSWORD = 'fixture-password-1b2c3d'
export const credentials: ConnectionCredentials = {
  config: {
    environment: 'production',
    clientId: 'fixture-client',
    username: 'api@contoso-msp.example',
    organizationId: '1',
  },
  secrets: { clientSecret: SECRET, password: PASSWORD },
}

export type Seen = { method: string; url: URL; headers: Headers; body: string }
/** Answers a request differently from the fixtures, or undefined to serve the fixture. */
export type Override = (seen: Seen) => Response | undefined

export const json = (text: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } })

/** A fetch that serves the fixture files by URL, as apiv1.crayon.com would. */
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
    const { pathname } = call.url
    if (call.url.origin !== 'https://apiv1.crayon.com') return json('{}', 404)
    if (pathname === '/api/v1/connect/token') return json(fixture('token.json'))
    if (pathname === '/api/v1/customertenants/') return json(fixture('customertenants.json'))
    if (pathname === '/api/v1/subscriptions/') return json(fixture('subscriptions.json'))
    return json('{}', 404)
  }
  return { fetch, seen }
}

/** A direct client on the fixture server; retries do not really wait (the waits are recorded). */
export function fixtureClient(override?: Override, over: Partial<ConnectionCredentials> = {}) {
  const server = fixtureServer(override)
  const sleeps: number[] = []
  const http = createDirectHttp({
    adapter: crayonAdapter,
    credentials: { ...credentials, ...over },
    fetch: server.fetch,
    cacheKey: 'connection-1',
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    random: () => 0,
    pace: false,
  })
  return { http, seen: server.seen, sleeps }
}
