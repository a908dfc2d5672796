import type { ExternalCustomer, ExternalSubscription } from '@seatkeeper/core'
import type { WorldCustomer, WorldSubscription } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { rhipeAdapter } from './index'
import { connectRhipeSimulator } from '../testing/rhipe/connect-simulator'
import { failure } from '../testing/failure'

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, value]) => value !== undefined),
  ) as Partial<T>
}

/** What PRISM can tell about a world customer: deactivation is its only status ([I]). */
function expectedCustomer(
  c: WorldCustomer,
  subscriptions: WorldSubscription[],
): Partial<ExternalCustomer> {
  // Acronis-only customers have no Microsoft tenant; a Microsoft tenant the world does not know
  // is still a tenant at PRISM (any GUID).
  const microsoft = subscriptions.some((s) => s.customerSeq === c.seq && !s.sku.startsWith('ACR-'))
  return stripUndefined({
    externalId: String(310_000 + c.seq),
    name: c.name,
    status: c.status === 'active' ? 'active' : 'suspended',
    address: c.address,
    domain: c.domain,
    taxId: c.taxId,
    tenantId: microsoft ? (c.tenantId ?? expect.stringMatching(/^[0-9a-f-]{36}$/)) : undefined,
  })
}

/** What PRISM tells about a world subscription: no price, end date or renewal flag. */
function expectedSubscription(s: WorldSubscription): Partial<ExternalSubscription> {
  const licence = !s.sku.startsWith('DZH318Z0') && !s.sku.startsWith('ACR-')
  return stripUndefined({
    externalId: s.vendorSubscriptionId,
    customerExternalId: String(310_000 + s.customerSeq),
    name: s.trial ? `${s.productName} Trial` : s.productName,
    sku: s.sku,
    status: s.status,
    trial: s.trial ? true : undefined,
    quantity: s.quantity,
    startDate: s.startDate,
    billingCycle: s.billingCycle,
    termMonths: licence ? s.termMonths : undefined,
  })
}

describe('Rhipe adapter against the simulator', () => {
  it('lists every world customer, normalised', async () => {
    const { http, world } = connectRhipeSimulator()
    const listing = await rhipeAdapter.listCustomers(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.customers.length)
    world.customers.forEach((c, i) =>
      expect(listing.items[i]).toEqual(expectedCustomer(c, world.subscriptions)),
    )
    // Customers without an address in the world have none here either.
    const bare = world.customers.filter((c) => !c.address).map((c) => String(310_000 + c.seq))
    expect(bare.length).toBeGreaterThan(0)
    for (const id of bare)
      expect(listing.items.find((c) => c.externalId === id)?.address).toBeUndefined()
  })

  it('lists every world subscription across the contract agreements, normalised', async () => {
    const { http, world, requests } = connectRhipeSimulator()
    const listing = await rhipeAdapter.listSubscriptions(http)
    expect(listing).toMatchObject({ complete: true, problems: [] })
    expect(listing.items).toHaveLength(world.subscriptions.length)
    const byId = new Map(listing.items.map((s) => [s.externalId, s]))
    // Exact equality: no price, end date or renewal flag is invented where PRISM gives none.
    for (const s of world.subscriptions)
      expect(byId.get(s.vendorSubscriptionId)).toEqual(expectedSubscription(s))
    // The world's vocabulary all comes through, trials included.
    expect(new Set(listing.items.map((s) => s.status))).toEqual(
      new Set(['active', 'suspended', 'cancelled', 'deleted', 'pending']),
    )
    expect(listing.items.some((s) => s.trial)).toBe(true)
    // One customers call plus one call per contract agreement, not one per customer.
    expect(requests.filter((r) => r.endsWith('/tenants')).length).toBeLessThanOrEqual(3)
  })

  it("lists one customer's subscriptions only", async () => {
    const { http, world } = connectRhipeSimulator()
    const seq = world.subscriptions[0]?.customerSeq ?? 1
    const listing = await rhipeAdapter.listSubscriptions(http, String(310_000 + seq))
    expect(listing.complete).toBe(true)
    expect(listing.items.length).toBe(
      world.subscriptions.filter((s) => s.customerSeq === seq).length,
    )
  })

  it('reports the customer count on Test Configuration', async () => {
    const { http, world } = connectRhipeSimulator()
    const result = await rhipeAdapter.testConfiguration(http)
    expect(result.message).toContain(`${world.customers.length} customers`)
  })

  it('waits out 429 with Retry-After and still completes', async () => {
    const { http, world } = connectRhipeSimulator({
      faults: { rateLimit: { requestsPerSecond: 5, burst: 2, retryAfterSeconds: 1 } },
      realSleep: true,
    })
    const listing = await rhipeAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.subscriptions.length)
    expect(http.stats.retries).toBeGreaterThan(0)
  }, 20_000)

  it('retries a 503 on the second listing page and completes', async () => {
    const { http, world } = connectRhipeSimulator({
      faults: { failPage: { page: 2, status: 503, times: 1 } },
    })
    const listing = await rhipeAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.subscriptions.length)
    expect(http.stats.retries).toBe(1)
  })

  it('gives up with a precise unavailable error when the 503 persists', async () => {
    const { http } = connectRhipeSimulator({
      faults: { failPage: { page: 1, status: 503, times: 100 } },
    })
    const error = await failure(rhipeAdapter.listCustomers(http))
    expect(error.kind).toBe('unavailable')
    expect(error.status).toBe(503)
    expect(error.call).toBe('GET /api/v1/me/customers')
    expect(error.message).toContain('Rhipe')
  })

  it.each(['truncated', 'html'] as const)('refuses a %s body as a contract error', async (kind) => {
    const { http } = connectRhipeSimulator({
      faults: { badBody: { kind, pathIncludes: '/tenants' } },
    })
    const error = await failure(rhipeAdapter.listSubscriptions(http))
    expect(error.kind).toBe('contract')
    expect(error.call).toBe('GET /api/v2/contractagreements/{id}/tenants')
  })

  it('logs in again when the token expires mid-listing and completes', async () => {
    const { http, world, requests } = connectRhipeSimulator({ faults: { expireTokenAfter: 2 } })
    const listing = await rhipeAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.subscriptions.length)
    expect(requests.filter((r) => r === 'POST /rhipe/core/connect/token').length).toBeGreaterThan(1)
  })

  it('survives a short listing without crashing', async () => {
    const { http, world } = connectRhipeSimulator({ faults: { shortListing: { dropShare: 0.25 } } })
    const customers = await rhipeAdapter.listCustomers(http)
    const subscriptions = await rhipeAdapter.listSubscriptions(http)
    expect(customers.items.length).toBeLessThan(world.customers.length)
    expect(subscriptions.items.length).toBeLessThan(world.subscriptions.length)
  })

  it('refuses wrong credentials with an auth error that says where to look and hides the secret', async () => {
    const secret = 'not-the-secret-CANARY-77'
    const { http } = connectRhipeSimulator({
      credentials: {
        config: { environment: 'sandbox', clientId: 'seatkeeper-sandbox-rhipe' },
        secrets: { clientSecret: secret },
      },
    })
    const error = await failure(rhipeAdapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('Manage Client Credentials')
    expect(JSON.stringify(error)).not.toContain(secret)
  })
})
