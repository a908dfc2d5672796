import type { ConnectionCredentials } from '../../adapter'
import { createDirectHttp } from '../../http'
import { sherwebAdapter } from '../../sherweb/index'
import { readFixtureText } from '../read-fixture'

// Test support: the adapter talking to a fetch that serves the documented sample answers
// (fixtures/distributors/sherweb, see its README) by URL, as api.sherweb.com would.
export const fixture = (name: string) => readFixtureText('sherweb', name)

export const SECRET = 'fixture-client-secret-9d8c7b'
export const KEY = 'fixture-subscription-key-0a1b2c3d'
const credentials: ConnectionCredentials = {
  config: { environment: 'production', clientId: 'fixture-client', companyName: 'contoso-msp' },
  secrets: { clientSecret: SECRET, subscriptionKey: KEY },
}

export type Seen = { method: string; url: URL; headers: Headers; body: string }
/** Answers a request differently from the fixtures, or undefined to serve the fixture. */
export type Override = (seen: Seen) => Response | undefined

export const json = (text: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } })

/** A fetch that serves the fixture files by URL, as api.sherweb.com would. */
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
    if (call.url.origin !== 'https://api.sherweb.com') return json('{}', 404)
    if (pathname === '/auth/oidc/connect/token') return json(fixture('token.json'))
    if (pathname === '/service-provider/v1/customers') return json(fixture('customers.json'))
    if (pathname === '/service-provider/v1/billing/subscriptions') {
      const id = searchParams.get('customerId') ?? ''
      if (id.startsWith('aaaaaaaa')) return json(fixture('subscriptions-customer-a.json'))
      // No fixture exists for the third (suspended) customer: it is served the empty list too.
      return json(fixture('subscriptions-customer-b-empty.json'))
    }
    return json('{}', 404)
  }
  return { fetch, seen }
}

/** A direct client on the fixture server; retries do not really wait (the waits are recorded). */
export function fixtureClient(override?: Override) {
  const server = fixtureServer(override)
  const sleeps: number[] = []
  const http = createDirectHttp({
    adapter: sherwebAdapter,
    credentials,
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
