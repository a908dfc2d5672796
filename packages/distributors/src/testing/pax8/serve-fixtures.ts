import type { ConnectionCredentials } from '../../adapter'
import { createDirectHttp } from '../../http'
import { pax8Adapter } from '../../pax8/index'
import { fixtureServer, json, type Override, type Seen } from '../fixture-server'
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

export { json, type Override, type Seen }

function route(seen: Seen): Response {
  const { pathname, searchParams } = seen.url
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

/** A direct client on the fixture server; retries do not really wait (the waits are recorded). */
export function fixtureClient(override?: Override) {
  const server = fixtureServer('https://api.pax8.com', route, override)
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
