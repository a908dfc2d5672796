import type { ExternalCustomer, ExternalSubscription } from '@seatkeeper/core'
import {
  arrowsphereCustomerReference,
  arrowsphereLicenseReference,
  arrowsphereSandboxCredentials,
  generateWorld,
  type WorldCustomer,
  type WorldSubscription,
} from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import { connectSimulator } from '../testing/arrowsphere/connect-simulator'
import { arrowsphereAdapter } from './index'

// 250 customers and 640 licences: three and seven pages of 100, so paging runs concurrently.
const world = generateWorld({ seed: 11, customers: 250, subscriptions: 640 })

function expectedCustomer(c: WorldCustomer): ExternalCustomer {
  return {
    externalId: arrowsphereCustomerReference(c.seq),
    name: c.name,
    // ArrowSphere cannot say a customer is suspended: only DeletedAt exists.
    status: c.status === 'deleted' ? 'deleted' : 'active',
    ...(c.address
      ? {
          address: {
            line1: c.address.line1,
            ...(c.address.line2 ? { line2: c.address.line2 } : {}),
            city: c.address.city,
            region: c.address.region,
            postcode: c.address.postcode,
            country: c.address.country,
          },
        }
      : {}),
    domain: c.domain,
    ...(c.tenantId ? { tenantId: c.tenantId } : {}),
    ...(c.taxId ? { taxId: c.taxId } : {}),
  }
}

function expectedSubscription(s: WorldSubscription): ExternalSubscription {
  const ended = s.status === 'cancelled' || s.status === 'deleted'
  return {
    externalId: arrowsphereLicenseReference(s.seq),
    customerExternalId: arrowsphereCustomerReference(s.customerSeq),
    name: s.productName,
    sku: s.sku,
    status: s.status,
    trial: s.trial,
    quantity: s.status === 'cancelled' ? 0 : s.quantity,
    startDate: s.startDate,
    ...(s.endDate ? { endDate: s.endDate } : {}),
    ...(ended ? {} : { contractEndDate: s.commitmentEndDate }),
    billingCycle: s.billingCycle,
    termMonths: s.termMonths,
    autoRenew: s.autoRenew,
    unitPrice: s.unitPrice,
    unitCost: s.unitCost,
    currency: s.currency,
  }
}

describe('ArrowSphere adapter against its simulator', () => {
  it('lists every world customer, normalised, in a complete listing', async () => {
    const listing = await arrowsphereAdapter.listCustomers(connectSimulator(world).http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.customers.length)
    expect(listing.items).toEqual(world.customers.map(expectedCustomer))
  })

  it('lists every world subscription, normalised, in a complete listing', async () => {
    const listing = await arrowsphereAdapter.listSubscriptions(connectSimulator(world).http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.subscriptions.length)
    expect(listing.items).toEqual(world.subscriptions.map(expectedSubscription))
  })

  it("lists only one customer's subscriptions when asked", async () => {
    const customer = world.subscriptions[0]!.customerSeq
    const listing = await arrowsphereAdapter.listSubscriptions(
      connectSimulator(world).http,
      arrowsphereCustomerReference(customer),
    )
    expect(listing.items).toEqual(
      world.subscriptions.filter((s) => s.customerSeq === customer).map(expectedSubscription),
    )
  })

  it('passes Test Configuration naming the partner and counting its customers', async () => {
    const result = await arrowsphereAdapter.testConfiguration(connectSimulator(world).http)
    expect(result.message).toBe(
      `Connected to ArrowSphere as ${world.partnerName} (XSP10001). ${world.customers.length} customers visible to this API key.`,
    )
  })

  it('fails Test Configuration with an auth error that has the hint and not the key', async () => {
    const wrongKey = 'revoked-key-8d1e55c3a0'
    const error = await arrowsphereAdapter
      .testConfiguration(connectSimulator(world, { apiKey: wrongKey }).http)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DistributorError)
    expect(error).toMatchObject({ kind: 'auth', status: 401, call: 'GET /whoami' })
    expect((error as Error).message).toContain('xSP > API > API Keys')
    expect((error as Error).message).not.toContain(wrongKey)
    expect((error as Error).message).not.toContain(arrowsphereSandboxCredentials.secrets.apiKey)
  })

  it('refuses wrong credentials on a listing with an auth error, never an empty list', async () => {
    await expect(
      arrowsphereAdapter.listCustomers(
        connectSimulator(world, { apiKey: 'wrong-key-000000' }).http,
      ),
    ).rejects.toMatchObject({ kind: 'auth', distributor: 'arrowsphere' })
  })
})

describe('ArrowSphere adapter through simulator faults', () => {
  it('waits out 429s as Retry-After asks and still lists every customer', async () => {
    const { http, waits, statuses } = connectSimulator(world, {
      faults: { rateLimit: { requestsPerSecond: 4, burst: 2, retryAfterSeconds: 1 } },
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    })
    const listing = await arrowsphereAdapter.listCustomers(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.customers.length)
    expect(statuses).toContain(429)
    expect(waits).toContain(1000)
  }, 20_000)

  it('retries a 503 on page 2 and still lists every subscription', async () => {
    const { http, statuses } = connectSimulator(world, {
      faults: { failPage: { page: 2, status: 503, times: 2 } },
    })
    const listing = await arrowsphereAdapter.listSubscriptions(http)
    expect(statuses.filter((status) => status === 503)).toHaveLength(2)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.subscriptions.length)
    expect(http.stats.retries).toBeGreaterThanOrEqual(2)
  })

  it('names the page and says the distributor is down when a 503 persists', async () => {
    const { http } = connectSimulator(world, {
      faults: { failPage: { page: 2, status: 503, times: 100 } },
    })
    const error = await arrowsphereAdapter.listCustomers(http).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DistributorError)
    expect(error).toMatchObject({
      kind: 'unavailable',
      status: 503,
      call: 'GET /customers (page 2)',
    })
    expect((error as Error).message).toMatch(
      /ArrowSphere is not answering normally \(503\) on GET \/customers \(page 2\)/,
    )
  })

  it('stops with a contract error on a body cut off mid-JSON', async () => {
    const { http } = connectSimulator(world, {
      faults: { badBody: { kind: 'truncated', pathIncludes: '/licenses' } },
    })
    await expect(arrowsphereAdapter.listSubscriptions(http)).rejects.toMatchObject({
      kind: 'contract',
      distributor: 'arrowsphere',
    })
  })

  it('stops with a contract error on an HTML page from a proxy', async () => {
    const { http } = connectSimulator(world, { faults: { badBody: { kind: 'html' } } })
    const error = await arrowsphereAdapter.listCustomers(http).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'contract', call: 'GET /customers (page 1)' })
    expect((error as Error).message).toMatch(/HTML page/)
  })

  it('sends the key again after the gateway drops it and still lists every subscription', async () => {
    const { http, statuses } = connectSimulator(world, { faults: { expireTokenAfter: 3 } })
    const listing = await arrowsphereAdapter.listSubscriptions(http)
    expect(statuses).toContain(401)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.subscriptions.length)
  })

  it('returns what a short listing holds without crashing', async () => {
    const { http } = connectSimulator(world, { faults: { shortListing: { dropShare: 0.1 } } })
    const listing = await arrowsphereAdapter.listCustomers(http)
    expect(listing.items.length).toBeLessThan(world.customers.length)
    expect(listing.items.length).toBeGreaterThan(0)
    const known = new Set(world.customers.map((c) => arrowsphereCustomerReference(c.seq)))
    expect(listing.items.every((c) => known.has(c.externalId))).toBe(true)
  })
})
