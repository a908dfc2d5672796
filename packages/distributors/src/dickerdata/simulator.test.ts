import { dickerdataSandboxCredentials, generateWorld } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { dickerdataAdapter } from '.'
import { connectSimulator } from '../testing/dickerdata/connect-simulator'
import { failure } from '../testing/failure'

const CANCELLED = new Set(['cancelled', 'deleted'])

describe('Dicker Data adapter against its simulator', () => {
  it('lists every customer Dicker Data still holds, the ones without a CSP tenant marked not importable', async () => {
    const { world, http } = connectSimulator()
    const listing = await dickerdataAdapter.listCustomers(http)
    const held = world.customers.filter((c) => c.status !== 'deleted')
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(held.length)
    for (const worldCustomer of held) {
      const customer = listing.items.find((c) => c.name === worldCustomer.name)
      expect(customer, worldCustomer.name).toBeDefined()
      if (!customer) continue
      expect(customer.status).toBe('active')
      expect(customer.address).toBeUndefined()
      if (worldCustomer.hasCspTenant) {
        expect(customer.importable).toBeUndefined()
        expect(customer.tenantId).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        )
        expect(customer.externalId).toBe(customer.tenantId)
        if (worldCustomer.tenantId) expect(customer.tenantId).toBe(worldCustomer.tenantId)
        expect(customer.domain).toMatch(/\.onmicrosoft\.com$/)
      } else {
        expect(customer.tenantId).toBeUndefined()
        expect(customer.importable).toEqual({
          ok: false,
          reason: expect.stringContaining('No CSP tenant'),
        })
      }
    }
  })

  it('lists every CSP subscription normalised, field by field, in one bulk call', async () => {
    const { world, http, requests } = connectSimulator()
    const customers = (await dickerdataAdapter.listCustomers(http)).items
    const listing = await dickerdataAdapter.listSubscriptions(http)
    const bySeq = new Map(world.customers.map((c) => [c.seq, c]))
    const expected = world.subscriptions.filter((s) => bySeq.get(s.customerSeq)?.hasCspTenant)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(expected.length)
    for (const subscription of expected) {
      const owner = bySeq.get(subscription.customerSeq)
      const got = listing.items.find((s) => s.externalId === subscription.vendorSubscriptionId)
      expect(got, subscription.vendorSubscriptionId).toEqual({
        externalId: subscription.vendorSubscriptionId,
        customerExternalId: owner?.tenantId ?? expect.any(String),
        name: subscription.productName,
        sku: subscription.sku,
        status: subscription.status,
        trial: subscription.trial,
        quantity: CANCELLED.has(subscription.status) ? 0 : subscription.quantity,
        contractEndDate: subscription.commitmentEndDate,
        billingCycle: subscription.billingCycle,
        termMonths: subscription.termMonths,
      })
      // A subscription's customer is one the customer listing returned (deleted ones aside).
      if (owner?.status !== 'deleted')
        expect(customers.map((c) => c.externalId)).toContain(got?.customerExternalId)
    }
    expect(
      requests.filter((r) => r.endsWith('/Subscriptions/GetSubscriptionDetails')),
    ).toHaveLength(1)
  })

  it("lists one customer's subscriptions only", async () => {
    const { world, http } = connectSimulator()
    const customer = world.customers.find(
      (c) => c.hasCspTenant && c.tenantId && c.status === 'active',
    )
    const listing = await dickerdataAdapter.listSubscriptions(http, customer?.tenantId)
    const expected = world.subscriptions.filter((s) => s.customerSeq === customer?.seq)
    expect(listing.items.map((s) => s.externalId).sort()).toEqual(
      expected.map((s) => s.vendorSubscriptionId).sort(),
    )
  })

  it('still completes when the simulator answers 429 with Retry-After', async () => {
    const { http } = connectSimulator({
      faults: { rateLimit: { requestsPerSecond: 2, burst: 1, retryAfterSeconds: 1 } },
      realSleep: true,
    })
    const customers = await dickerdataAdapter.listCustomers(http)
    const subscriptions = await dickerdataAdapter.listSubscriptions(http)
    expect(customers.complete && subscriptions.complete).toBe(true)
    expect(http.stats.retries).toBeGreaterThan(0)
  }, 15_000)

  it('retries the second listing (page 2: GetSubscriptionDetails, as nothing pages) answered 503, and completes', async () => {
    const { world, http, requests } = connectSimulator({
      faults: { failPage: { page: 2, status: 503, times: 1 } },
    })
    const customers = await dickerdataAdapter.listCustomers(http)
    const subscriptions = await dickerdataAdapter.listSubscriptions(http)
    const tenanted = new Set(world.customers.filter((c) => c.hasCspTenant).map((c) => c.seq))
    expect(customers.complete && subscriptions.complete).toBe(true)
    expect(subscriptions.items).toHaveLength(
      world.subscriptions.filter((s) => tenanted.has(s.customerSeq)).length,
    )
    expect(http.stats.retries).toBe(1)
    expect(
      requests.filter((r) => r.endsWith('/Subscriptions/GetSubscriptionDetails')),
    ).toHaveLength(2)
  })

  it('gives a precise unavailable error when 503 persists', async () => {
    const { http } = connectSimulator({
      faults: { failPage: { page: 2, status: 503, times: 1000 } },
    })
    await dickerdataAdapter.listCustomers(http)
    const error = await failure(dickerdataAdapter.listSubscriptions(http))
    expect(error.kind).toBe('unavailable')
    expect(error.status).toBe(503)
    expect(error.call).toBe('POST /Subscriptions/GetSubscriptionDetails')
    expect(error.message).toContain('Dicker Data')
    expect(error.message).toContain('POST /Subscriptions/GetSubscriptionDetails')
  })

  it.each(['truncated', 'html'] as const)(
    'reports a %s body as a contract error, never an empty list',
    async (kind) => {
      const { http } = connectSimulator({
        faults: { badBody: { kind, pathIncludes: 'GetSubscriptionDetails' } },
      })
      const error = await failure(dickerdataAdapter.listSubscriptions(http))
      expect(error.kind).toBe('contract')
      expect(error.call).toBe('POST /Subscriptions/GetSubscriptionDetails')
    },
  )

  it('exchanges the token again when the access key expires mid-run, and completes', async () => {
    const { http, requests } = connectSimulator({ faults: { expireTokenAfter: 1 } })
    const customers = await dickerdataAdapter.listCustomers(http)
    const subscriptions = await dickerdataAdapter.listSubscriptions(http)
    expect(customers.complete && subscriptions.complete).toBe(true)
    expect(subscriptions.items.length).toBeGreaterThan(0)
    expect(requests.filter((r) => r.endsWith('/AccessKeyRequest')).length).toBeGreaterThanOrEqual(2)
  })

  it('does not crash on a short listing', async () => {
    const world = generateWorld({ seed: 5, customers: 50, subscriptions: 250 })
    const { http } = connectSimulator({ world, faults: { shortListing: { dropShare: 0.3 } } })
    const customers = await dickerdataAdapter.listCustomers(http)
    const subscriptions = await dickerdataAdapter.listSubscriptions(http)
    expect(customers.items.length).toBeLessThan(
      world.customers.filter((c) => c.status !== 'deleted').length,
    )
    expect(subscriptions.items.length).toBeLessThan(world.subscriptions.length)
    expect(subscriptions.items.length).toBeGreaterThan(0)
  })

  it('refuses wrong credentials with an auth error that carries the hint and not the secret', async () => {
    const secret = 'f00dface-1234-4321-8888-000000000bad'
    const { http } = connectSimulator({
      credentials: { ...dickerdataSandboxCredentials, secrets: { apiToken: secret } },
    })
    const error = await failure(dickerdataAdapter.listCustomers(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('API token')
    expect(error.message).toContain('Account Manager')
    expect(error.message).not.toContain(secret)
  })

  it('refuses a wrong account code as an auth error too', async () => {
    const { http } = connectSimulator({
      credentials: {
        ...dickerdataSandboxCredentials,
        config: { ...dickerdataSandboxCredentials.config, accountCode: '999999' },
      },
    })
    expect((await failure(dickerdataAdapter.listCustomers(http))).kind).toBe('auth')
  })

  it('tests the configuration and reports how many customers have a CSP tenant', async () => {
    const { world, http } = connectSimulator()
    const held = world.customers.filter((c) => c.status !== 'deleted')
    const withTenant = held.filter((c) => c.hasCspTenant).length
    const result = await dickerdataAdapter.testConfiguration(http)
    expect(result.ok).toBe(true)
    expect(result.message).toContain(`account ${dickerdataSandboxCredentials.config.accountCode}`)
    expect(result.message).toContain(`${withTenant} customers with a CSP tenant`)
    expect(result.details?.customersWithoutTenant).toBe(String(held.length - withTenant))
  })

  it('fails the configuration test with an auth error for a wrong token', async () => {
    const { http } = connectSimulator({
      credentials: { ...dickerdataSandboxCredentials, secrets: { apiToken: 'wrong' } },
    })
    expect((await failure(dickerdataAdapter.testConfiguration(http))).kind).toBe('auth')
  })
})
