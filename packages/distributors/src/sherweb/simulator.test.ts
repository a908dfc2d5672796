import { compareText } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import {
  createSherwebSimulator,
  generateWorld,
  sherwebSandboxCredentials,
  type FaultConfig,
  type World,
} from '@seatkeeper/sandbox'
import type { ConnectionCredentials } from '../adapter'
import { DistributorError } from '../errors'
import { createDirectHttp } from '../http'
import { sherwebAdapter } from './index'

const ORIGIN = 'http://sandbox.test'
const MOUNT = '/sherweb'

/** The adapter wired to the simulator, mounted at /sherweb as the sandbox server mounts it. */
function connect(o: {
  world?: World
  faults?: FaultConfig
  credentials?: ConnectionCredentials
  realTime?: boolean
}) {
  const world = o.world ?? generateWorld({ seed: 3, customers: 12, currency: 'CAD' })
  const simulator = createSherwebSimulator({
    world,
    credentials: sherwebSandboxCredentials,
    ...(o.faults ? { faults: o.faults } : {}),
  })
  const paths: string[] = []
  const http = createDirectHttp({
    adapter: sherwebAdapter,
    credentials: o.credentials ?? sherwebSandboxCredentials,
    env: { sandboxOrigin: ORIGIN },
    cacheKey: 'sandbox-connection',
    // The sandbox server mounts the simulator at /sherweb; the prefix is taken off as it would be.
    fetch: async (input, init) => {
      const request = new Request(input, init)
      const url = new URL(request.url)
      paths.push(`${request.method} ${url.pathname}`)
      if (url.origin !== ORIGIN || !url.pathname.startsWith(MOUNT))
        return new Response('Not found', { status: 404 })
      url.pathname = url.pathname.slice(MOUNT.length)
      const body = request.method === 'GET' ? undefined : await request.text()
      return simulator.fetch(
        new Request(url, {
          method: request.method,
          headers: request.headers,
          ...(body !== undefined ? { body } : {}),
        }),
      )
    },
    // Faults other than the rate limit do not depend on time, so retries need not really wait.
    ...(o.realTime ? {} : { sleep: async () => {} }),
    random: () => 0,
  })
  return { http, world, paths }
}

const listedCustomers = (world: World) => world.customers.filter((c) => c.status !== 'deleted')

function expectedSubscriptions(world: World) {
  const customers = new Map(listedCustomers(world).map((c) => [c.seq, c]))
  return world.subscriptions
    .filter(
      (s) => customers.has(s.customerSeq) && s.status !== 'cancelled' && s.status !== 'deleted',
    )
    .map((s) => {
      const customer = customers.get(s.customerSeq)!
      return {
        customer: customer.name,
        name: s.trial ? `${s.productName} Trial` : s.productName,
        status: customer.status === 'suspended' ? 'suspended' : 'active',
        trial: s.trial,
        quantity: s.quantity,
        startDate: s.startDate,
        billingCycle: s.billingCycle,
        // Usage-billed products (price 0: Azure plan) carry no commitment and no fee in Sherweb.
        ...(s.unitPrice === 0
          ? {}
          : {
              termMonths: s.termMonths,
              contractEndDate: s.commitmentEndDate,
              autoRenew: s.autoRenew,
              unitPrice: s.unitPrice,
              currency: 'CAD',
            }),
      }
    })
}

const byKey = (a: object, b: object) => compareText(JSON.stringify(a), JSON.stringify(b))

async function secretFreeError(promise: Promise<unknown>): Promise<DistributorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DistributorError)
  return error as DistributorError
}

describe('Sherweb adapter against the simulator', () => {
  it('lists every world customer Sherweb keeps, normalised, with suspended ones suspended', async () => {
    const { http, world } = connect({})
    const listing = await sherwebAdapter.listCustomers(http)
    expect(listing.complete).toBe(true)
    expect(listing.items.map((c) => ({ name: c.name, status: c.status }))).toEqual(
      listedCustomers(world).map((c) => ({ name: c.name, status: c.status })),
    )
    expect(
      listing.items.every((c) => c.address === undefined && /^[0-9a-f-]{36}$/.test(c.externalId)),
    ).toBe(true)
  })

  it('lists every live world subscription, normalised field by field, counts equal', async () => {
    const { http, world } = connect({})
    const customers = await sherwebAdapter.listCustomers(http)
    const names = new Map(customers.items.map((c) => [c.externalId, c.name]))
    const listing = await sherwebAdapter.listSubscriptions(http)
    expect(listing).toMatchObject({ complete: true, problems: [] })
    const got = listing.items.map(
      ({ externalId: _id, customerExternalId, sku: _sku, ...rest }) => ({
        customer: names.get(customerExternalId),
        ...rest,
      }),
    )
    const expected = expectedSubscriptions(world)
    expect(got).toHaveLength(expected.length)
    expect(got.sort(byKey)).toEqual(expected.sort(byKey))
  })

  it('lists one customer\u2019s subscriptions when asked for that customer only', async () => {
    const { http, world } = connect({})
    const customers = await sherwebAdapter.listCustomers(http)
    const first = customers.items[0]!
    const listing = await sherwebAdapter.listSubscriptions(http, first.externalId)
    expect(listing.complete).toBe(true)
    expect(listing.items.every((s) => s.customerExternalId === first.externalId)).toBe(true)
    expect(listing.items).toHaveLength(
      expectedSubscriptions(world).filter((s) => s.customer === first.name).length,
    )
  })

  it('lists the subscriptions of customers already listed, step by step, as the whole listing does, without reading the customer list again', async () => {
    const { http, paths } = connect({})
    const customers = await sherwebAdapter.listCustomers(http)
    const whole = await sherwebAdapter.listSubscriptions(http)
    paths.length = 0
    // The sync workflow's steps: a few customers each.
    const steps = [customers.items.slice(0, 5), customers.items.slice(5)]
    const parts = await Promise.all(
      steps.map((part) => sherwebAdapter.listSubscriptionsOf!(http, part)),
    )
    expect(parts.every((p) => p.complete)).toBe(true)
    const byId = (a: { externalId: string }, b: { externalId: string }) =>
      compareText(a.externalId, b.externalId)
    expect(parts.flatMap((p) => p.items).sort(byId)).toEqual([...whole.items].sort(byId))
    // One call per customer, and no customer list.
    expect(paths.filter((p) => p.endsWith('/customers'))).toEqual([])
    expect(paths.filter((p) => p.endsWith('/subscriptions'))).toHaveLength(customers.items.length)
  })

  it('proves the sandbox credentials and names the account and its customers', async () => {
    const { http, world } = connect({})
    const result = await sherwebAdapter.testConfiguration(http)
    expect(result.ok).toBe(true)
    expect(result.message).toContain(
      `as ${world.partnerName}: ${listedCustomers(world).length} customers`,
    )
  })

  it('waits out 429s with Retry-After and still completes', async () => {
    const { http } = connect({
      world: generateWorld({ seed: 3, customers: 6, currency: 'CAD' }),
      faults: { rateLimit: { requestsPerSecond: 40, burst: 3, retryAfterSeconds: 1 } },
      realTime: true,
    })
    const listing = await sherwebAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(http.stats.retries).toBeGreaterThan(0)
  })

  it('retries a 5xx on the second listing call and completes', async () => {
    const clean = await sherwebAdapter.listSubscriptions(connect({}).http)
    const { http } = connect({ faults: { failPage: { page: 2, status: 503, times: 2 } } })
    const listing = await sherwebAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(clean.items.length)
    expect(http.stats.retries).toBe(2)
  })

  it('gives a precise unavailable error when the 5xx persists', async () => {
    const { http } = connect({ faults: { failPage: { page: 1, status: 503, times: 1000 } } })
    const error = await secretFreeError(sherwebAdapter.listCustomers(http))
    expect(error.kind).toBe('unavailable')
    expect(error.status).toBe(503)
    expect(error.call).toBe('GET /service-provider/v1/customers')
    expect(error.message).toContain('Sherweb')
    expect(error.message).toContain('Injected failure of page 1.')
  })

  it('reports an HTML page instead of JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'html', pathIncludes: '/billing/subscriptions' } },
    })
    const error = await secretFreeError(sherwebAdapter.listSubscriptions(http))
    expect(error.kind).toBe('contract')
    expect(error.call).toBe('GET /service-provider/v1/billing/subscriptions')
    expect(error.message).toMatch(/HTML/)
  })

  it('reports a body cut off mid-JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'truncated', pathIncludes: '/customers' } },
    })
    const error = await secretFreeError(sherwebAdapter.listCustomers(http))
    expect(error.kind).toBe('contract')
  })

  it('logs in again when the token expires mid-listing and completes', async () => {
    const { http, paths } = connect({ faults: { expireTokenAfter: 3 } })
    const listing = await sherwebAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(paths.filter((p) => p.endsWith('/auth/oidc/connect/token')).length).toBeGreaterThan(1)
  })

  it('does not crash on a short listing', async () => {
    const { http, world } = connect({ faults: { shortListing: { dropShare: 0.25 } } })
    const customers = await sherwebAdapter.listCustomers(http)
    expect(customers.items.length).toBeLessThan(listedCustomers(world).length)
    const subscriptions = await sherwebAdapter.listSubscriptions(http)
    expect(subscriptions.items.length).toBeLessThan(expectedSubscriptions(world).length)
  })

  it('refuses a wrong client secret with an auth error that carries the hint and not the secret', async () => {
    const wrong = 'definitely-not-the-secret-1234'
    const { http } = connect({
      credentials: {
        ...sherwebSandboxCredentials,
        secrets: { ...sherwebSandboxCredentials.secrets, clientSecret: wrong },
      },
    })
    const error = await secretFreeError(sherwebAdapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('Security > APIs')
    expect(error.message).not.toContain(wrong)
    expect(error.message).not.toContain(sherwebSandboxCredentials.secrets.subscriptionKey)
  })

  it('refuses a wrong subscription key as an auth error', async () => {
    const wrong = 'ffffffffffffffffffffffffffffffff'
    const { http } = connect({
      credentials: {
        ...sherwebSandboxCredentials,
        secrets: { ...sherwebSandboxCredentials.secrets, subscriptionKey: wrong },
      },
    })
    const error = await secretFreeError(sherwebAdapter.listCustomers(http))
    expect(error.kind).toBe('auth')
    expect(error.message).not.toContain(wrong)
  })
})
