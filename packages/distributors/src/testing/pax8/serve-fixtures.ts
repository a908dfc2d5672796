import type { ConnectionCredentials } from '../../adapter'
import { createDirectHttp } from '../../http'
import { pax8Adapter } from '../../pax8/index'
import { readFixtureText } from '../read-fixture'

// Test support: the adapter talking to a fetch that serves the documented sample answers
// (fixtures/distributors/pax8, see its README) by URL, as api.pax8.com would.
export const fixture = (name: string) => readFixtureText('pax8', name)

export const SECRET = 'fixture-pax8-secret-5b7c9d'
export const CLIENT_ID = 'fixture-pax8-client'
/** The company every subscription fixture belongs to. */
export const FABRIKAM = '9ba32659-d339-4539-be21-1f461dc1a415'
const credentials: ConnectionCredentials = {
  config: { environment: 'production', clientId: CLIENT_ID },
  secrets: { clientSecret: SECRET },
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
    if (call.url.origin !== 'https://api.pax8.com') return json('{}', 404)
    if (pathname === '/v1/token') return json(fixture('token.json'))
    // The fixtures are two pages each; they are served by page number whatever the size asked.
    const page = searchParams.get('page') ?? '0'
    if (pathname === '/v1/companies') return json(fixture(`companies-page${page}.json`))
    if (pathname === '/v1/subscriptions') {
      const companyId = searchParams.get('companyId')
      if (companyId !== null && companyId !== FABRIKAM) return json(fixture('error-403.json'), 403)
      return json(fixture(`subscriptions-page${page}.json`))
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
    adapter: pax8Adapter,
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
