import { compareText } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { generateWorld, ingramSandboxCredentials as creds, type World } from '@seatkeeper/sandbox'
import type { ConnectionCredentials } from '../adapter'
import { DistributorError } from '../errors'
import { connectToSimulator } from '../testing/connect-to-simulator'
import { ingramAdapter } from './index'

const connect = (o: Parameters<typeof connectToSimulator>[2] = {}) =>
  connectToSimulator(ingramAdapter, 7, o)

const listedCustomers = (world: World) => world.customers.filter((c) => c.status !== 'deleted')
const STATUS = {
  active: 'active',
  pending: 'pending',
  suspended: 'suspended',
  cancelled: 'cancelled',
  deleted: 'deleted',
}

function expectedSubscriptions(world: World) {
  const customers = new Map(listedCustomers(world).map((c) => [c.seq, c]))
  return world.subscriptions
    .filter((s) => customers.has(s.customerSeq))
    .map((s) => ({
      customer: customers.get(s.customerSeq)!.name,
      name: s.trial ? `${s.productName} Trial` : s.productName,
      sku: s.sku,
      status: STATUS[s.status],
      trial: s.trial,
      quantity: s.quantity,
      startDate: s.startDate,
      contractEndDate: s.commitmentEndDate,
      autoRenew: s.autoRenew,
      unitPrice: s.unitPrice,
      currency: s.currency,
    }))
}

const byKey = (a: object, b: object) => compareText(JSON.stringify(a), JSON.stringify(b))

async function failure(promise: Promise<unknown>): Promise<DistributorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DistributorError)
  return error as DistributorError
}

function withSecret(secrets: Partial<ConnectionCredentials['secrets']>, config = {}) {
  return {
    config: { ...creds.config, ...config },
    secrets: { ...creds.secrets, ...secrets },
  } as ConnectionCredentials
}

describe('Ingram Micro adapter against the simulator', () => {
  it('lists every world customer Ingram Micro keeps, with suspended ones suspended and addresses', async () => {
    const { http, world } = connect()
    const listing = await ingramAdapter.listCustomers(http)
    expect(listing).toMatchObject({ complete: true, problems: [] })
    expect(listing.items.map((c) => ({ name: c.name, status: c.status }))).toEqual(
      listedCustomers(world).map((c) => ({ name: c.name, status: c.status })),
    )
    const withAddress = listedCustomers(world).filter((c) => c.address).length
    expect(listing.items.filter((c) => c.address?.country).length).toBe(withAddress)
  })

  it('lists every world subscription across pages, normalised field by field, counts equal', async () => {
    const { http, world } = connect()
    const customers = await ingramAdapter.listCustomers(http)
    const names = new Map(customers.items.map((c) => [c.externalId, c.name]))
    const listing = await ingramAdapter.listSubscriptions(http)
    expect(listing).toMatchObject({ complete: true, problems: [] })
    const got = listing.items.map(({ externalId: _id, customerExternalId, ...rest }) => ({
      customer: names.get(customerExternalId),
      ...rest,
    }))
    const expected = expectedSubscriptions(world)
    expect(expected.length).toBeGreaterThan(100)
    expect(got.sort(byKey)).toEqual(expected.sort(byKey))
  })

  it('tells pages read of all as the subscriptions list goes, for the progress a person sees', async () => {
    const told: Array<[number, number]> = []
    const { http, world } = connect({ onPage: (done, total) => told.push([done, total]) })
    await ingramAdapter.listSubscriptions(http)
    const pages = Math.ceil(expectedSubscriptions(world).length / 100)
    expect(pages).toBeGreaterThan(1)
    expect(told).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]))
  })

  it('lists one customer\u2019s subscriptions when asked for that customer only', async () => {
    const { http, world } = connect()
    const first = (await ingramAdapter.listCustomers(http)).items[0]!
    const listing = await ingramAdapter.listSubscriptions(http, first.externalId)
    expect(listing.complete).toBe(true)
    expect(listing.items.every((s) => s.customerExternalId === first.externalId)).toBe(true)
    expect(listing.items).toHaveLength(
      expectedSubscriptions(world).filter((s) => s.customer === first.name).length,
    )
  })

  it('lists the subscriptions of customers already listed, step by step, as the whole listing does, one customer\u2019s list each and no customer list', async () => {
    const { http, requests } = connect()
    const customers = await ingramAdapter.listCustomers(http)
    const whole = await ingramAdapter.listSubscriptions(http)
    requests.length = 0
    // The sync workflow's steps: a few customers each.
    const steps = [customers.items.slice(0, 7), customers.items.slice(7)]
    const parts = await Promise.all(
      steps.map((part) => ingramAdapter.listSubscriptionsOf!(http, part)),
    )
    expect(parts.every((p) => p.complete)).toBe(true)
    const byId = (a: { externalId: string }, b: { externalId: string }) =>
      compareText(a.externalId, b.externalId)
    expect(parts.flatMap((p) => p.items).sort(byId)).toEqual([...whole.items].sort(byId))
    expect(requests.filter((r) => r.endsWith('/customers'))).toEqual([])
    // One list per customer (each fits a page here) and one details call per subscription.
    expect(requests.filter((r) => r.endsWith('/subscriptions'))).toHaveLength(
      customers.items.length,
    )
    expect(requests.filter((r) => /\/subscriptions\/[^/]+$/.test(r))).toHaveLength(
      whole.items.length,
    )
  })

  it('proves the sandbox credentials and says how many customers there are', async () => {
    const { http, world } = connect()
    const result = await ingramAdapter.testConfiguration(http)
    expect(result.message).toBe(
      `Connected to Ingram Micro (marketplace us): ${listedCustomers(world).length} customers.`,
    )
  })

  it('waits out 429s with Retry-After and still completes', async () => {
    const { http } = connect({
      world: generateWorld({ seed: 7, customers: 4, subscriptions: 12 }),
      faults: { rateLimit: { requestsPerSecond: 40, burst: 3, retryAfterSeconds: 1 } },
      realSleep: true,
    })
    const listing = await ingramAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(http.stats.retries).toBeGreaterThan(0)
  })

  it('retries a 5xx on the second page and completes', async () => {
    const clean = await ingramAdapter.listSubscriptions(connect().http)
    const { http } = connect({ faults: { failPage: { page: 2, status: 503, times: 2 } } })
    const listing = await ingramAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(clean.items.length)
    expect(http.stats.retries).toBe(2)
  })

  it('gives a precise unavailable error naming the call when the 5xx persists', async () => {
    const { http } = connect({ faults: { failPage: { page: 1, status: 503, times: 1000 } } })
    const error = await failure(ingramAdapter.listCustomers(http))
    expect(error).toMatchObject({
      kind: 'unavailable',
      status: 503,
      call: 'GET /customers (offset 0)',
    })
    expect(error.message).toContain('Ingram Micro')
    expect(error.message).toContain('Injected failure of page 1.')
  })

  it('reports an HTML page instead of JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'html', pathIncludes: '/subscriptions' } },
    })
    const error = await failure(ingramAdapter.listSubscriptions(http))
    expect(error.kind).toBe('contract')
    expect(error.message).toMatch(/HTML/)
  })

  it('reports a body cut off mid-JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'truncated', pathIncludes: '/customers' } },
    })
    const error = await failure(ingramAdapter.listCustomers(http))
    expect(error.kind).toBe('contract')
  })

  it('signs in again when the token expires mid-listing and completes', async () => {
    // Eight details are read at once, so a token must outlive eight uses for each call's one
    // fresh sign-in to be enough; by time, as real tokens expire, that always holds.
    const { http, requests } = connect({ faults: { expireTokenAfter: 20 } })
    const listing = await ingramAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(requests.filter((p) => p.endsWith('/token')).length).toBeGreaterThan(1)
  })

  it('lists fewer records on a short listing without failing', async () => {
    const { http, world } = connect({ faults: { shortListing: { dropShare: 0.25 } } })
    const customers = await ingramAdapter.listCustomers(http)
    expect(customers.items.length).toBeLessThan(listedCustomers(world).length)
    const subscriptions = await ingramAdapter.listSubscriptions(http)
    expect(subscriptions.items.length).toBeLessThan(expectedSubscriptions(world).length)
  })

  it('refuses a wrong password with an auth error carrying the hint and no secret', async () => {
    const wrong = 'definitely-not-the-password-1234'
    const { http } = connect({ credentials: withSecret({ password: wrong }) })
    const error = await failure(ingramAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', call: 'POST /token' })
    expect(error.message).toContain('Settings > Users')
    expect(error.message).toContain('Invalid username or password.')
    expect(error.message).not.toContain(wrong)
    expect(error.message).not.toContain(creds.secrets.subscriptionKey)
  })

  it('refuses a wrong subscription key as an auth error without echoing it', async () => {
    const wrong = 'ffffffffffffffffffffffffffffffff'
    const { http } = connect({ credentials: withSecret({ subscriptionKey: wrong }) })
    const error = await failure(ingramAdapter.listCustomers(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('subscription key')
    expect(error.message).not.toContain(wrong)
  })

  it('refuses an unknown marketplace code as a request error naming it', async () => {
    const { http } = connect({ credentials: withSecret({}, { marketplace: 'zz' }) })
    const error = await failure(ingramAdapter.testConfiguration(http))
    expect(error.kind).toBe('request')
    expect(error.message).toContain('marketplace code')
    expect(error.message).toContain('Unknown marketplace "zz".')
  })

  it('names every missing credential before calling Ingram Micro', async () => {
    const { http, requests } = connect({
      credentials: { config: { environment: 'sandbox' }, secrets: {} },
    })
    const error = await failure(ingramAdapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain(
      'API username, API password, Subscription key, Marketplace code',
    )
    expect(requests).toEqual([])
  })
})
