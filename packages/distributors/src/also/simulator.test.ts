import type { ConnectionCredentials } from '../adapter'
import {
  alsoCompanyAccountId,
  alsoSandboxCredentials,
  alsoSubscriptionAccountId,
  createAlsoSimulator,
  generateWorld,
  type World,
} from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { createDirectHttp } from '../http/create-direct-http'
import type { FetchLike } from '../http/types'
import { alsoAdapter } from './index'
import { failure as caught } from '../testing/failure'

const ORIGIN = 'http://sandbox.test'
type FaultConfig = NonNullable<Parameters<typeof createAlsoSimulator>[0]['faults']>

const world = generateWorld({ seed: 11, customers: 30, subscriptions: 150 })

function connect(
  o: {
    faults?: FaultConfig
    credentials?: ConnectionCredentials
    world?: World
    realSleep?: boolean
  } = {},
) {
  const simulator = createAlsoSimulator({
    world: o.world ?? world,
    credentials: alsoSandboxCredentials,
    ...(o.faults ? { faults: o.faults } : {}),
  })
  const paths: string[] = []
  // The sandbox server mounts the simulator at /also; this fetch does the same in-process.
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    expect(url.origin).toBe(ORIGIN)
    expect(url.pathname.startsWith('/also/')).toBe(true)
    const path = url.pathname.slice('/also'.length)
    paths.push(path)
    return simulator.fetch(new Request(new URL(path, ORIGIN), request))
  }
  const http = createDirectHttp({
    adapter: alsoAdapter,
    credentials: o.credentials ?? alsoSandboxCredentials,
    fetch,
    cacheKey: 'connection-also-sandbox',
    env: { sandboxOrigin: ORIGIN },
    random: () => 0.5,
    pace: false,
    retry: { baseDelayMs: 5, maxDelayMs: 2_000 },
    ...(o.realSleep ? {} : { sleep: async () => {} }),
  })
  return { http, paths }
}

describe('ALSO adapter against the ALSO simulator', () => {
  it('lists every world customer, normalised', async () => {
    const { http } = connect()
    const listing = await alsoAdapter.listCustomers(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.customers.length)
    for (const [i, customer] of world.customers.entries()) {
      const a = customer.address
      expect(listing.items[i]).toEqual({
        externalId: String(alsoCompanyAccountId(customer.seq)),
        name: customer.name,
        status: customer.status,
        domain: customer.domain,
        ...(customer.taxId ? { taxId: customer.taxId } : {}),
        ...(a
          ? {
              address: {
                line1: a.line2 ? `${a.line1}, ${a.line2}` : a.line1,
                city: a.city,
                postcode: a.postcode,
                country: a.country,
              },
            }
          : {}),
      })
    }
  })

  it('lists every world subscription across all companies, normalised', async () => {
    const { http, paths } = connect()
    const listing = await alsoAdapter.listSubscriptions(http)
    expect(listing).toMatchObject({ complete: true, problems: [] })
    expect(listing.items).toHaveLength(world.subscriptions.length)
    expect(paths.filter((p) => p === '/GetSubscriptions')).toHaveLength(world.customers.length)
    const byId = new Map(listing.items.map((s) => [s.externalId, s]))
    for (const s of world.subscriptions) {
      const got = byId.get(String(alsoSubscriptionAccountId(s.seq)))
      expect(got).toEqual({
        externalId: String(alsoSubscriptionAccountId(s.seq)),
        customerExternalId: String(alsoCompanyAccountId(s.customerSeq)),
        name: s.trial ? `${s.productName} (Trial)` : s.productName,
        sku: s.sku,
        status: s.status,
        trial: s.trial,
        quantity: s.quantity,
        contractEndDate: s.commitmentEndDate,
        ...(s.endDate ? { endDate: s.endDate } : {}),
        billingCycle: s.billingCycle,
        termMonths: s.termMonths,
        unitCost: s.unitCost,
        unitPrice: s.unitPrice,
        currency: world.currency,
      })
    }
  })

  it('lists one customer’s subscriptions when asked for that customer', async () => {
    const { http } = connect()
    const seq = world.subscriptions[0]!.customerSeq
    const listing = await alsoAdapter.listSubscriptions(http, String(alsoCompanyAccountId(seq)))
    expect(listing.items.map((s) => s.externalId).sort()).toEqual(
      world.subscriptions
        .filter((s) => s.customerSeq === seq)
        .map((s) => String(alsoSubscriptionAccountId(s.seq)))
        .sort(),
    )
  })

  it('lists the subscriptions of companies already listed, step by step, as the whole listing does', async () => {
    const { http, paths } = connect()
    const customers = await alsoAdapter.listCustomers(http)
    const whole = await alsoAdapter.listSubscriptions(http)
    paths.length = 0
    // The sync workflow's steps: a few companies each, without listing the companies again.
    const parts = [
      await alsoAdapter.listSubscriptionsOf!(http, customers.items.slice(0, 10)),
      await alsoAdapter.listSubscriptionsOf!(http, customers.items.slice(10)),
    ]
    expect(parts.every((p) => p.complete)).toBe(true)
    const ids = (items: Array<{ externalId: string }>) => items.map((s) => s.externalId).sort()
    expect(ids(parts.flatMap((p) => p.items))).toEqual(ids(whole.items))
    expect(paths.filter((p) => p === '/GetSubscriptions')).toHaveLength(customers.items.length)
    expect(paths.filter((p) => p !== '/GetSubscriptions' && !/Session|Login/i.test(p))).toEqual([])
  })

  it('stays complete through 429s with Retry-After by waiting as asked', async () => {
    const small = generateWorld({ seed: 3, customers: 8, subscriptions: 20 })
    const { http } = connect({
      world: small,
      realSleep: true,
      faults: { rateLimit: { requestsPerSecond: 20, burst: 3, retryAfterSeconds: 1 } },
    })
    const listing = await alsoAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(small.subscriptions.length)
    expect(http.stats.retries).toBeGreaterThan(0)
  }, 20_000)

  it('retries a 503 on the second listing call and still lists everything', async () => {
    const { http } = connect({ faults: { failPage: { page: 2, status: 503 } } })
    const listing = await alsoAdapter.listSubscriptions(http)
    expect(listing.items).toHaveLength(world.subscriptions.length)
    expect(http.stats.retries).toBe(1)
  })

  it('gives a precise unavailable error when the 5xx persists', async () => {
    const { http } = connect({ faults: { failPage: { page: 2, status: 503, times: 1_000 } } })
    const error = await caught(alsoAdapter.listSubscriptions(http))
    expect(error).toMatchObject({
      kind: 'unavailable',
      status: 503,
      call: 'POST GetSubscriptions',
      distributor: 'also',
    })
    expect(error.message).toContain('(503) on POST GetSubscriptions')
  })

  it('reports a truncated body as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'truncated', pathIncludes: 'GetCompanies' } },
    })
    const error = await caught(alsoAdapter.listCustomers(http))
    expect(error).toMatchObject({ kind: 'contract', call: 'POST GetCompanies' })
  })

  it('reports a proxy’s HTML page as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'html', pathIncludes: 'GetSubscriptions' } },
    })
    const error = await caught(alsoAdapter.listSubscriptions(http))
    expect(error).toMatchObject({ kind: 'contract', call: 'POST GetSubscriptions' })
    expect(error.message).toContain('HTML')
  })

  it('logs in again when the session expires and still lists everything', async () => {
    const { http, paths } = connect({ faults: { expireTokenAfter: 7 } })
    const listing = await alsoAdapter.listSubscriptions(http)
    expect(listing.items).toHaveLength(world.subscriptions.length)
    expect(paths.filter((p) => p === '/GetSessionToken').length).toBeGreaterThan(2)
  })

  it('does not crash on a short listing', async () => {
    const { http } = connect({ faults: { shortListing: { dropShare: 0.25 } } })
    const customers = await alsoAdapter.listCustomers(http)
    const subscriptions = await alsoAdapter.listSubscriptions(http)
    expect(customers.items.length).toBeLessThan(world.customers.length)
    expect(customers.items.length).toBeGreaterThan(0)
    expect(subscriptions.items.length).toBeLessThan(world.subscriptions.length)
  })

  it('refuses wrong credentials with an auth error carrying the hint, never the password', async () => {
    const password = 'wrong-sandbox-password-31'
    const { http } = connect({ credentials: { ...alsoSandboxCredentials, secrets: { password } } })
    const error = await caught(alsoAdapter.listCustomers(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('Reseller Admin')
    expect(error.message).not.toContain(password)
  })

  it('passes Test Configuration with the reseller’s name and customer count', async () => {
    const { http } = connect()
    const result = await alsoAdapter.testConfiguration(http)
    expect(result.message).toBe(
      `Connected to the ALSO Cloud Marketplace as ${world.partnerName} (account 315818): ${world.customers.length} customers found.`,
    )
  })

  it('fails Test Configuration with an auth error for a wrong password', async () => {
    const { http } = connect({
      credentials: { ...alsoSandboxCredentials, secrets: { password: 'nope-nope-nope' } },
    })
    expect((await caught(alsoAdapter.testConfiguration(http))).kind).toBe('auth')
  })
})
