import type { ConnectionCredentials } from '../../adapter'
import { createDirectHttp } from '../../http'
import { ingramAdapter } from '../../ingram/index'
import { readFixtureText } from '../read-fixture'

// Test support: the adapter talking to a fetch that serves the sample answers
// (fixtures/distributors/ingram, see its README) by URL, as api.cloud.im/marketplace/na would.
export const fixture = (name: string) => readFixtureText('ingram', name)

export const BASE = 'https://api.cloud.im/marketplace/na'
export const PASSWORD = 'fixture-password-5e6f'
export const KEY = 'fixture-subscription-key-0a1b2c3d'
export const credentials: ConnectionCredentials = {
  config: { environment: 'na', marketplace: 'us', username: 'api@contoso-msp.example' },
  secrets: { password: PASSWORD, subscriptionKey: KEY },
}

export type Seen = { method: string; url: URL; headers: Headers; body: string }
/** Answers a request differently from the fixtures, or undefined to serve the fixture. */
export type Override = (seen: Seen) => Response | undefined

export const json = (text: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } })

function route(call: Seen): Response {
  const url = call.url.toString()
  if (!url.startsWith(`${BASE}/`)) return json('{}', 404)
  const path = call.url.pathname.slice('/marketplace/na'.length)
  if (path === '/token') return json(fixture('token.json'))
  if (path === '/customers') {
    const offset = call.url.searchParams.get('offset')
    return json(fixture(offset === '2' ? 'customers-offset2.json' : 'customers-offset0.json'))
  }
  if (path === '/subscriptions') return json(fixture('subscriptions.json'))
  const id = /^\/subscriptions\/(\d+)$/.exec(path)?.[1]
  if (id === '1000177' || id === '1000178') return json(fixture(`subscription-${id}.json`))
  return json(fixture('error-401.json').replace('UNAUTHORIZED', 'NOT_FOUND'), 404)
}

/** A direct client on the fixture server; retries do not really wait (the waits are recorded). */
export function fixtureClient(override?: Override) {
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
    return override?.(call) ?? route(call)
  }
  const sleeps: number[] = []
  const http = createDirectHttp({
    adapter: ingramAdapter,
    credentials,
    fetch,
    cacheKey: 'connection-1',
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    random: () => 0,
    pace: false,
  })
  return { http, seen, sleeps }
}
