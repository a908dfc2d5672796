import type { ConnectionCredentials } from '../../adapter'
import { createDirectHttp } from '../../http'
import { sherwebAdapter } from '../../sherweb/index'
import { fixtureServer, json, type Override, type Seen } from '../fixture-server'
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

export { json, type Override, type Seen }

/** The fixture file that answers each path, as api.sherweb.com would. */
function route(seen: Seen): Response {
  const { pathname, searchParams } = seen.url
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

/** A direct client on the fixture server; retries do not really wait (the waits are recorded). */
export function fixtureClient(override?: Override) {
  const server = fixtureServer('https://api.sherweb.com', route, override)
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
