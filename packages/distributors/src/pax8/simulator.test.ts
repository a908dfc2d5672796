import { generateWorld, pax8SandboxCredentials, type World } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { connectToSimulator, type ConnectOptions } from '../testing/connect-to-simulator'
import { failure } from '../testing/failure'
import { pax8Adapter } from './index'

// 450 subscriptions make three pages of 200, so paging and page faults are exercised for real.
const world = (seed = 5) => generateWorld({ seed, customers: 40, subscriptions: 450 })
const connect = (o: ConnectOptions = {}) =>
  connectToSimulator(pax8Adapter, 5, { world: world(), ...o })

async function secretFree(promise: Promise<unknown>) {
  const error = await failure(promise)
  for (const secret of Object.values(pax8SandboxCredentials.secrets))
    expect(error.message).not.toContain(secret)
  return error
}

const live = (w: World) => w.subscriptions.filter((s) => s.status !== 'deleted')

describe('Pax8 adapter against its simulator', () => {
  it('lists every world company, deleted ones as deleted and suspended ones as suspended', async () => {
    const { http, world } = connect()
    const listing = await pax8Adapter.listCustomers(http)
    expect(listing.complete).toBe(true)
    expect(listing.items.map((c) => [c.name, c.status])).toEqual(
      world.customers.map((c) => [c.name, c.status]),
    )
    const withAddress = world.customers.find((c) => c.address)!
    expect(listing.items.find((c) => c.name === withAddress.name)).toMatchObject({
      address: { city: withAddress.address!.city, country: withAddress.address!.country },
      domain: withAddress.domain,
    })
  })

  it('lists every subscription Pax8 keeps across 0-based pages, normalised field by field', async () => {
    const { http, world, requests } = connect()
    const listing = await pax8Adapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(requests.filter((r) => r.endsWith('/v1/subscriptions'))).toHaveLength(3)
    const expected = live(world).map((s) => ({
      name: s.productName,
      sku: s.sku,
      quantity: s.quantity,
      status: s.status === 'suspended' ? 'active' : s.status,
      trial: s.trial,
      startDate: s.startDate,
      unitPrice: s.unitPrice,
      unitCost: s.unitCost,
      currency: s.currency,
      ...(s.trial && s.status !== 'cancelled'
        ? {}
        : {
            billingCycle: s.termMonths === 36 ? 'triennial' : s.billingCycle,
            termMonths: s.termMonths,
          }),
      ...(s.termMonths >= 12 && !(s.trial && s.status !== 'cancelled')
        ? { contractEndDate: s.commitmentEndDate }
        : {}),
    }))
    expect(
      listing.items.map((s) => ({
        name: s.name,
        sku: s.sku,
        quantity: s.quantity,
        status: s.status,
        trial: s.trial,
        startDate: s.startDate,
        unitPrice: s.unitPrice,
        unitCost: s.unitCost,
        currency: s.currency,
        ...(s.billingCycle ? { billingCycle: s.billingCycle, termMonths: s.termMonths } : {}),
        ...(s.contractEndDate ? { contractEndDate: s.contractEndDate } : {}),
      })),
    ).toEqual(expected)
  })

  it('lists one company’s subscriptions through companyId', async () => {
    const { http, world } = connect()
    const customers = await pax8Adapter.listCustomers(http)
    const first = customers.items[0]!
    const listing = await pax8Adapter.listSubscriptions(http, first.externalId)
    expect(listing.complete).toBe(true)
    expect(listing.items.every((s) => s.customerExternalId === first.externalId)).toBe(true)
    expect(listing.items).toHaveLength(live(world).filter((s) => s.customerSeq === 1).length)
  })

  it('passes Test Configuration and counts the companies', async () => {
    const { http, world } = connect()
    const result = await pax8Adapter.testConfiguration(http)
    expect(result.message).toBe(
      `Connected to Pax8: ${world.customers.length} companies visible to this application.`,
    )
  })

  it('waits out 429s and still lists every subscription', async () => {
    const { http, world } = connect({
      faults: { rateLimit: { requestsPerSecond: 40, burst: 2, retryAfterSeconds: 1 } },
      realSleep: true,
    })
    const listing = await pax8Adapter.listSubscriptions(http)
    expect(listing.items).toHaveLength(live(world).length)
    expect(http.stats.retries).toBeGreaterThan(0)
  })

  it('retries a 503 on page 2 and still lists every subscription', async () => {
    const { http, world } = connect({ faults: { failPage: { page: 2, status: 503, times: 2 } } })
    const listing = await pax8Adapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(live(world).length)
    expect(http.stats.retries).toBe(2)
  })

  it('names the call and says Pax8 is down when a 503 persists', async () => {
    const { http } = connect({ faults: { failPage: { page: 1, status: 503, times: 1000 } } })
    const error = await secretFree(pax8Adapter.listCustomers(http))
    expect(error.kind).toBe('unavailable')
    expect(error.call).toBe('GET /v1/companies (page 0)')
    expect(error.message).toContain('Pax8')
    expect(error.message).toContain('Injected failure of page 1.')
  })

  it('stops with a contract error on an HTML page from a proxy', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'html', pathIncludes: '/subscriptions' } },
    })
    const error = await secretFree(pax8Adapter.listSubscriptions(http))
    expect(error.kind).toBe('contract')
    expect(error.message).toMatch(/HTML/)
  })

  it('stops with a contract error on a body cut off mid-JSON', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'truncated', pathIncludes: '/companies' } },
    })
    const error = await secretFree(pax8Adapter.listCustomers(http))
    expect(error.kind).toBe('contract')
    expect(error.call).toBe('GET /v1/companies (page 0)')
  })

  it('logs in again when the token expires mid-listing and completes', async () => {
    const { http, requests, world } = connect({ faults: { expireTokenAfter: 2 } })
    const listing = await pax8Adapter.listSubscriptions(http)
    expect(listing.items).toHaveLength(live(world).length)
    expect(requests.filter((r) => r.endsWith('/v1/token')).length).toBeGreaterThan(1)
  })

  it('returns what a short listing holds without crashing', async () => {
    const { http, world } = connect({ faults: { shortListing: { dropShare: 0.25 } } })
    const customers = await pax8Adapter.listCustomers(http)
    expect(customers.items.length).toBeLessThan(world.customers.length)
    const subscriptions = await pax8Adapter.listSubscriptions(http)
    expect(subscriptions.items.length).toBeLessThan(live(world).length)
  })

  it('refuses a wrong client secret with an auth error carrying the hint and not the secret', async () => {
    const wrong = 'definitely-not-the-pax8-secret'
    const { http } = connect({
      credentials: { ...pax8SandboxCredentials, secrets: { clientSecret: wrong } },
    })
    const error = await secretFree(pax8Adapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('Integrations > API Credentials')
    expect(error.message).not.toContain(wrong)
  })

  it('refuses a wrong client id, and a missing secret before any call', async () => {
    const wrongId = connect({
      credentials: {
        ...pax8SandboxCredentials,
        config: { environment: 'sandbox', clientId: 'someone' },
      },
    })
    expect((await secretFree(pax8Adapter.listCustomers(wrongId.http))).kind).toBe('auth')
    const noSecret = connect({ credentials: { ...pax8SandboxCredentials, secrets: {} } })
    const error = await secretFree(pax8Adapter.listCustomers(noSecret.http))
    expect(error.message).toContain('missing: Client secret')
    expect(noSecret.requests).toEqual([])
  })
})
