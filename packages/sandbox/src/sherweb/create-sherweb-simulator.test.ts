import { describe, expect, it } from 'vitest'
import { keyPaths } from '../testing/key-paths'
import { readFixtureJson } from '../testing/read-fixture'
import type { FaultConfig } from '../faults'
import { generateWorld, type World } from '../world/generate-world'
import { createSherwebSimulator } from './create-sherweb-simulator'
import { sherwebSandboxCredentials as creds } from './sherweb-sandbox-credentials'

const fixture = (name: string): unknown => readFixtureJson('sherweb', name)

const KEY = { 'ocp-apim-subscription-key': creds.secrets.subscriptionKey }

function simulator(
  world: World = generateWorld({ seed: 7, customers: 30, currency: 'CAD' }),
  faults?: FaultConfig,
) {
  const app = createSherwebSimulator({ world, credentials: creds, ...(faults ? { faults } : {}) })
  const token = async (form: Record<string, string> = {}, headers: Record<string, string> = KEY) =>
    app.request('/auth/oidc/connect/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: creds.config.clientId,
        client_secret: creds.secrets.clientSecret,
        scope: 'service-provider',
        ...form,
      }).toString(),
    })
  const login = async () =>
    ((await (await token()).json()) as { access_token: string }).access_token
  const get = async (path: string, bearer?: string, headers: Record<string, string> = KEY) =>
    app.request(path, {
      headers: { ...headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    })
  return { app, token, login, get, world }
}

async function allSubscriptions(s: ReturnType<typeof simulator>, bearer: string) {
  const { items } = (await (await s.get('/service-provider/v1/customers', bearer)).json()) as {
    items: Array<{ id: string }>
  }
  const subscriptions: unknown[] = []
  for (const customer of items) {
    const res = await s.get(
      `/service-provider/v1/billing/subscriptions?customerId=${customer.id}`,
      bearer,
    )
    subscriptions.push(...((await res.json()) as { items: unknown[] }).items)
  }
  return { customers: items, subscriptions }
}

describe('Sherweb simulator', () => {
  it('answers with the key sets of the documented fixtures, nested objects included', async () => {
    const s = simulator()
    const tokenRes = await s.token()
    expect(keyPaths(await tokenRes.clone().json())).toEqual(keyPaths(fixture('token.json')))
    const bearer = ((await tokenRes.json()) as { access_token: string }).access_token
    const { customers, subscriptions } = await allSubscriptions(s, bearer)
    expect(keyPaths({ items: customers })).toEqual(keyPaths(fixture('customers.json')))
    expect(keyPaths({ items: subscriptions })).toEqual(
      keyPaths(fixture('subscriptions-customer-a.json')),
    )
  })

  it('answers errors with the fixtures\u2019 ProblemDetails and OIDC shapes', async () => {
    const s = simulator(undefined, {
      rateLimit: { requestsPerSecond: 1, burst: 1, retryAfterSeconds: 7 },
    })
    const bearer = await s.login()
    const limited = await s.get('/service-provider/v1/customers', bearer)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    const problem = (await limited.json()) as Record<string, unknown>
    expect(keyPaths(problem)).toEqual(keyPaths(fixture('error-429.json')))
    expect(problem).toMatchObject({
      status: 429,
      detail: 'Rate limit is exceeded. Try again in 7 seconds.',
      instance: '/service-provider/v1/customers',
    })

    const plain = simulator()
    const refused = await plain.get('/service-provider/v1/customers', 'not-a-token')
    expect(refused.status).toBe(401)
    expect(await refused.json()).toEqual(fixture('error-401.json'))
    const badClient = await plain.token({ client_secret: 'wrong' })
    expect(badClient.status).toBe(400)
    expect(await badClient.json()).toEqual(fixture('token-error.json'))
  })

  it('refuses a missing or wrong subscription key, on the token call too', async () => {
    const s = simulator()
    const noKey = await s.token({}, {})
    expect(noKey.status).toBe(401)
    expect(((await noKey.json()) as { detail: string }).detail).toMatch(/missing subscription key/)
    const wrongKey = await s.token(
      {},
      { 'ocp-apim-subscription-key': 'ffffffffffffffffffffffffffffffff' },
    )
    expect(wrongKey.status).toBe(401)
    const bearer = await s.login()
    const apiWrongKey = await s.get('/service-provider/v1/customers', bearer, {
      'ocp-apim-subscription-key': 'nope',
    })
    expect(apiWrongKey.status).toBe(401)
    expect(((await apiWrongKey.json()) as { detail: string }).detail).toMatch(
      /invalid subscription key/,
    )
  })

  it('refuses a wrong client id, grant type or scope with the OIDC error for each', async () => {
    const s = simulator()
    expect(await (await s.token({ client_id: 'someone-else' })).json()).toEqual({
      error: 'invalid_client',
    })
    expect(await (await s.token({ grant_type: 'password' })).json()).toEqual({
      error: 'unsupported_grant_type',
    })
    expect(await (await s.token({ scope: 'distributor' })).json()).toEqual({
      error: 'invalid_scope',
    })
    expect((await s.token({ scope: 'distributor service-provider' })).status).toBe(200)
  })

  it('renders world statuses in Sherweb\u2019s terms: deleted customers and cancelled or deleted subscriptions are gone', async () => {
    const s = simulator()
    const { customers, subscriptions } = await allSubscriptions(s, await s.login())
    const world = s.world
    const names = customers as unknown as Array<{ displayName: string; suspendedOn: string | null }>
    expect(names.map((c) => c.displayName)).toEqual(
      world.customers.filter((c) => c.status !== 'deleted').map((c) => c.name),
    )
    for (const customer of names) {
      const source = world.customers.find((c) => c.name === customer.displayName)
      expect(customer.suspendedOn !== null).toBe(source?.status === 'suspended')
    }
    const listedCustomerSeqs = new Set(
      world.customers.filter((c) => c.status !== 'deleted').map((c) => c.seq),
    )
    const expected = world.subscriptions.filter(
      (sub) =>
        listedCustomerSeqs.has(sub.customerSeq) &&
        sub.status !== 'cancelled' &&
        sub.status !== 'deleted',
    )
    expect(subscriptions).toHaveLength(expected.length)
    expect(world.subscriptions.some((sub) => sub.status === 'cancelled')).toBe(true)
    const trials = (subscriptions as Array<{ productName: string }>).filter((sub) =>
      sub.productName.endsWith(' Trial'),
    )
    expect(trials).toHaveLength(expected.filter((sub) => sub.trial).length)
  })

  it('writes currencies in Sherweb\u2019s enum and Undefined for one it does not have', async () => {
    const cad = simulator()
    const { subscriptions } = await allSubscriptions(cad, await cad.login())
    const currencies = new Set(
      (subscriptions as Array<{ fees: { currency: string } | null }>).flatMap((s) =>
        s.fees ? [s.fees.currency] : [],
      ),
    )
    expect([...currencies]).toEqual(['Cad'])
    const aud = simulator(generateWorld({ seed: 7, customers: 5, currency: 'AUD' }))
    const other = await allSubscriptions(aud, await aud.login())
    for (const sub of other.subscriptions as Array<{ fees: { currency: string } | null }>) {
      if (sub.fees) expect(sub.fees.currency).toBe('Undefined')
    }
  })

  it('serves the same ids and bodies for the same world', async () => {
    const world = generateWorld({ seed: 11, customers: 8 })
    const a = simulator(world)
    const b = simulator(world)
    expect(await allSubscriptions(a, await a.login())).toEqual(
      await allSubscriptions(b, await b.login()),
    )
  })

  it('answers 400 without customerId and 404 for a customer it does not have', async () => {
    const s = simulator()
    const bearer = await s.login()
    expect((await s.get('/service-provider/v1/billing/subscriptions', bearer)).status).toBe(400)
    const unknown = await s.get(
      '/service-provider/v1/billing/subscriptions?customerId=00000000-0000-4000-8000-000000000000',
      bearer,
    )
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toContain('application/problem+json')
  })

  it('expires tokens after faults.expireTokenAfter uses', async () => {
    const s = simulator(undefined, { expireTokenAfter: 2 })
    const bearer = await s.login()
    expect((await s.get('/service-provider/v1/customers', bearer)).status).toBe(200)
    expect((await s.get('/service-provider/v1/customers', bearer)).status).toBe(200)
    expect((await s.get('/service-provider/v1/customers', bearer)).status).toBe(401)
  })

  it('fails the second distinct listing call for failPage 2, once, and leaves records out for shortListing', async () => {
    const s = simulator(undefined, {
      failPage: { page: 2, status: 503 },
      shortListing: { dropShare: 0.5 },
    })
    const bearer = await s.login()
    const customers = (await (await s.get('/service-provider/v1/customers', bearer)).json()) as {
      items: Array<{ id: string }>
    }
    expect(customers.items.length).toBeLessThan(
      s.world.customers.filter((c) => c.status !== 'deleted').length,
    )
    const path = `/service-provider/v1/billing/subscriptions?customerId=${customers.items[0]?.id}`
    expect((await s.get(path, bearer)).status).toBe(503)
    expect((await s.get(path, bearer)).status).toBe(200)
  })
})
