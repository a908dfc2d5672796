import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../testing/read-fixture'
import type { FaultConfig } from '../faults'
import { generateWorld } from '../world/generate-world'
import { createRhipeSimulator } from './create-rhipe-simulator'
import { rhipeSandboxCredentials } from './rhipe-sandbox-credentials'

const fixture = (name: string): unknown => readFixtureJson('rhipe', name)

type Json = Record<string, unknown>
const world = generateWorld({ seed: 3, customers: 120, subscriptions: 600 })
const { clientId } = rhipeSandboxCredentials.config
const { clientSecret } = rhipeSandboxCredentials.secrets

function simulator(faults?: FaultConfig) {
  return createRhipeSimulator({
    world,
    credentials: rhipeSandboxCredentials,
    ...(faults ? { faults } : {}),
  })
}
type Simulator = ReturnType<typeof simulator>

function tokenRequest(sim: Simulator, form: Record<string, string>) {
  return sim.request('/core/connect/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  })
}

async function login(sim: Simulator): Promise<string> {
  const res = await tokenRequest(sim, {
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
    scope: 'rhipeapi',
  })
  return String(((await res.json()) as Json).access_token)
}

const get = (sim: Simulator, path: string, token: string) =>
  sim.request(path, { headers: { authorization: `Bearer ${token}` } })

async function customers(
  sim = simulator(),
  query = '?includeDeactivatedCustomers=true',
): Promise<Json[]> {
  return (await (await get(sim, `/api/v1/me/customers${query}`, await login(sim))).json()) as Json[]
}

describe('Rhipe simulator', () => {
  it('refuses a wrong client secret the way IdentityServer does', async () => {
    const res = await tokenRequest(simulator(), {
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: 'wrong',
      scope: 'rhipeapi',
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: 'invalid_client' })
  })

  it('refuses a token request without the rhipeapi scope', async () => {
    const res = await tokenRequest(simulator(), {
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      scope: 'other',
    })
    expect(await res.json()).toEqual({ error: 'invalid_scope' })
  })

  it('answers an API call without a valid token with the documented 401 body', async () => {
    const res = await get(simulator(), '/api/v1/me/customers', 'forged')
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual(fixture('error-401.json'))
  })

  it('renders every world customer, deactivated ones only when asked for', async () => {
    const all = await customers()
    expect(all).toHaveLength(world.customers.length)
    const active = await customers(simulator(), '?includeDeactivatedCustomers=false')
    expect(active).toHaveLength(world.customers.filter((c) => c.status === 'active').length)
    expect(all.filter((c) => c.IsActive === false).length).toBeGreaterThan(0)
  })

  it('renders customers without an address with empty address fields', async () => {
    const all = await customers()
    const bare = world.customers.filter((c) => !c.address)
    expect(bare.length).toBeGreaterThan(0)
    for (const c of bare) {
      const rendered = all.find((r) => r.CustomerId === 310_000 + c.seq)
      expect([rendered?.Street1, rendered?.City, rendered?.CountryIsoCode]).toEqual([
        null,
        null,
        null,
      ])
    }
  })

  it('speaks the world’s statuses in PRISM words, trials and deleted tenants included', async () => {
    const sim = simulator()
    const token = await login(sim)
    const tenants = (await (
      await get(sim, '/api/v2/contractagreements/880001/tenants', token)
    ).json()) as Json[]
    const subs = tenants.flatMap((t) => t.Subscriptions as Json[])
    expect(new Set(subs.map((s) => s.Status))).toEqual(
      new Set(['Active', 'Suspended', 'Cancelled', 'Deleted', 'Pending']),
    )
    expect(subs.some((s) => String(s.ProductName).endsWith(' Trial'))).toBe(true)
    expect(new Set(tenants.map((t) => t.TenantStatus))).toEqual(
      new Set(['Active', 'Suspended', 'Deleted']),
    )
  })

  it('renders the same world the same way every time', async () => {
    expect(await customers(simulator())).toEqual(await customers(simulator()))
  })

  it('answers 404 in ASP.NET words for an unknown contract agreement', async () => {
    const sim = simulator()
    const res = await get(sim, '/api/v2/contractagreements/1/tenants', await login(sim))
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ Message: 'Contract agreement 1 was not found.' })
  })

  it('expires a token after the configured number of uses', async () => {
    const sim = simulator({ expireTokenAfter: 1 })
    const token = await login(sim)
    expect((await get(sim, '/api/v1/me/customers', token)).status).toBe(200)
    expect((await get(sim, '/api/v1/me/customers', token)).status).toBe(401)
  })

  it('answers 429 with Retry-After over the rate limit', async () => {
    const sim = simulator({ rateLimit: { requestsPerSecond: 1, burst: 1, retryAfterSeconds: 7 } })
    await login(sim)
    const res = await get(sim, '/api/v1/me/customers', 'any')
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('7')
    expect(((await res.json()) as Json).Message).toMatch(/Rate limit/)
  })

  it('fails the second listing call, not the token exchange, for failPage 2', async () => {
    const sim = simulator({ failPage: { page: 2, status: 503 } })
    const token = await login(sim)
    expect((await get(sim, '/api/v1/me/customers', token)).status).toBe(200)
    expect((await get(sim, '/api/v2/contractagreements/880001/tenants', token)).status).toBe(503)
    expect((await get(sim, '/api/v2/contractagreements/880001/tenants', token)).status).toBe(200)
  })

  it('leaves out a share of customers for a short listing', async () => {
    const short = await customers(simulator({ shortListing: { dropShare: 0.5 } }))
    expect(short).toHaveLength(world.customers.length / 2)
  })
})
