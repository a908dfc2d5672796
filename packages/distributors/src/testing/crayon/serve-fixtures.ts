import type { ConnectionCredentials } from '../../adapter'
import { crayonAdapter } from '../../crayon/index'
import { createDirectHttp } from '../../http'
import { fixtureServer, json, type Override, type Seen } from '../fixture-server'
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

export { json, type Override, type Seen }

/** The fixture file that answers each path, as apiv1.crayon.com would. */
function route(seen: Seen): Response {
  const { pathname } = seen.url
  if (pathname === '/api/v1/connect/token') return json(fixture('token.json'))
  if (pathname === '/api/v1/customertenants/') return json(fixture('customertenants.json'))
  if (pathname === '/api/v1/subscriptions/') return json(fixture('subscriptions.json'))
  return json('{}', 404)
}

/** A direct client on the fixture server; retries do not really wait (the waits are recorded). */
export function fixtureClient(override?: Override, over: Partial<ConnectionCredentials> = {}) {
  const server = fixtureServer('https://apiv1.crayon.com', route, override)
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
