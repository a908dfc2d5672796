import {
  generateWorld,
  tdsynnexSandboxCredentials as sandbox,
  type World,
} from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import { createMemoryRotation } from '../http'
import { tdsynnexSandbox } from '../testing/tdsynnex/connect-tdsynnex'
import { tdsynnexAdapter as adapter } from './index'

const listedCustomers = (world: World) => world.customers.filter((c) => c.status !== 'deleted')
const listedSubscriptions = (world: World) => {
  const live = new Set(listedCustomers(world).map((c) => c.seq))
  return world.subscriptions.filter((s) => live.has(s.customerSeq) && s.status !== 'deleted')
}

async function failure(promise: Promise<unknown>): Promise<DistributorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DistributorError)
  return error as DistributorError
}

describe('TD SYNNEX adapter against the simulator', () => {
  it('lists every world customer ION keeps across token pages, with tenant and country', async () => {
    const world = generateWorld({ seed: 4, customers: 450, subscriptions: 900 })
    const { connect, seen } = tdsynnexSandbox({ world })
    const listing = await adapter.listCustomers(connect())
    expect(listing.complete).toBe(true)
    expect(seen.filter((s) => s.path.endsWith('/customers'))).toHaveLength(3)
    expect(listing.items.map((c) => [c.name, c.status, c.tenantId, c.address?.country])).toEqual(
      listedCustomers(world).map((c) => [c.name, c.status, c.tenantId, c.address?.country]),
    )
  })

  it('lists every listed world subscription over offset pages, field by field', async () => {
    const world = generateWorld({ seed: 5, customers: 60, subscriptions: 520 })
    const { connect, seen } = tdsynnexSandbox({ world })
    const listing = await adapter.listSubscriptions(connect())
    expect(listing).toMatchObject({ complete: true, problems: [] })
    expect(seen.filter((s) => s.path.endsWith('/subscriptions'))).toHaveLength(3)
    const expected = listedSubscriptions(world)
    expect(listing.items).toHaveLength(expected.length)
    const first = expected[0]!
    expect(listing.items.find((s) => s.externalId === `s-${first.seq}`)).toMatchObject({
      status: first.status,
      quantity: first.status === 'cancelled' ? 0 : first.quantity,
      termMonths: first.termMonths,
      contractEndDate: first.commitmentEndDate,
      startDate: first.startDate,
      unitCost: first.unitCost,
      unitPrice: first.unitPrice,
      currency: first.currency,
      autoRenew: first.autoRenew,
    })
  })

  it('lists one customer\u2019s subscriptions through the per-customer path', async () => {
    const { connect, world } = tdsynnexSandbox()
    const http = connect()
    const customer = (await adapter.listCustomers(http)).items[0]!
    const listing = await adapter.listSubscriptions(http, customer.externalId)
    expect(listing.complete).toBe(true)
    expect(listing.items.every((s) => s.customerExternalId === customer.externalId)).toBe(true)
    const seq = Number(customer.externalId.slice(2))
    expect(listing.items).toHaveLength(
      listedSubscriptions(world).filter((s) => s.customerSeq === seq).length,
    )
  })

  it('proves the sandbox credentials and names the account', async () => {
    const { connect, world } = tdsynnexSandbox()
    const result = await adapter.testConfiguration(connect())
    expect(result.message).toBe(
      `Connected to TD SYNNEX StreamOne Ion account ${sandbox.config.accountId}: ${listedCustomers(world).length} customers.`,
    )
  })

  it('lets two concurrent runs sharing the connection\u2019s store each spend a different refresh token', async () => {
    const { connect, spent } = tdsynnexSandbox()
    const rotation = createMemoryRotation(sandbox.secrets)
    const [a, b] = await Promise.all([
      adapter.listCustomers(connect({ rotation })),
      adapter.listCustomers(connect({ rotation })),
    ])
    expect(a.complete && b.complete).toBe(true)
    const tokens = spent()
    expect(tokens).toHaveLength(2)
    expect(new Set(tokens).size).toBe(2)
    expect(rotation.secrets.refreshToken).not.toBe(tokens[1])
  })

  it('shows why the new token must be kept: a spent rotated token is refused as an auth error', async () => {
    const { connect } = tdsynnexSandbox()
    const rotation = createMemoryRotation(sandbox.secrets)
    await adapter.testConfiguration(connect({ rotation }))
    await adapter.testConfiguration(connect({ rotation }))
    const spentToken = { ...sandbox, secrets: { refreshToken: rotation.secrets.refreshToken! } }
    await adapter.testConfiguration(connect({ credentials: spentToken }))
    const error = await failure(adapter.testConfiguration(connect({ credentials: spentToken })))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('Settings > API Access')
    expect(error.message).not.toContain(spentToken.secrets.refreshToken)
  })

  it('refuses an unknown refresh token with what to do in the portal', async () => {
    const wrong = 'ion-not-a-real-token-999'
    const { connect } = tdsynnexSandbox()
    const error = await failure(
      adapter.testConfiguration(
        connect({ credentials: { ...sandbox, secrets: { refreshToken: wrong } } }),
      ),
    )
    expect(error).toMatchObject({ kind: 'auth', call: 'POST /oauth/token' })
    expect(error.message).toContain('Generate a new one in the ION portal')
    expect(error.message).not.toContain(wrong)
  })

  it('refuses an account the token may not read as forbidden, naming the Account ID', async () => {
    const { connect } = tdsynnexSandbox()
    const error = await failure(
      adapter.listCustomers(
        connect({ credentials: { ...sandbox, config: { ...sandbox.config, accountId: '999' } } }),
      ),
    )
    expect(error.kind).toBe('forbidden')
    expect(error.message).toContain('Check the Account ID')
  })

  it('waits out 429s with Retry-After and still completes', async () => {
    const { connect } = tdsynnexSandbox({
      world: generateWorld({ seed: 4, customers: 6, subscriptions: 20 }),
      faults: { rateLimit: { requestsPerSecond: 40, burst: 2, retryAfterSeconds: 1 } },
    })
    const http = connect({ realTime: true })
    await adapter.listCustomers(http)
    expect((await adapter.listSubscriptions(http)).complete).toBe(true)
    expect(http.stats.retries).toBeGreaterThan(0)
  })

  it('retries a 5xx on the second subscription page and completes', async () => {
    const world = generateWorld({ seed: 5, customers: 60, subscriptions: 520 })
    const { connect } = tdsynnexSandbox({
      world,
      faults: { failPage: { page: 2, status: 503, times: 2 } },
    })
    const http = connect()
    const listing = await adapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(listedSubscriptions(world).length)
    expect(http.stats.retries).toBe(2)
  })

  it('gives a precise unavailable error when the 5xx persists', async () => {
    const { connect } = tdsynnexSandbox({
      faults: { failPage: { page: 1, status: 503, times: 1000 } },
    })
    const error = await failure(adapter.listCustomers(connect()))
    expect(error).toMatchObject({
      kind: 'unavailable',
      status: 503,
      call: 'GET /api/v3/accounts/{accountId}/customers',
    })
    expect(error.message).toContain('Injected failure of page 1.')
  })

  it('reports an HTML page or a body cut off mid-JSON as a contract error', async () => {
    for (const kind of ['html', 'truncated'] as const) {
      const { connect } = tdsynnexSandbox({
        faults: { badBody: { kind, pathIncludes: '/subscriptions' } },
      })
      const error = await failure(adapter.listSubscriptions(connect()))
      expect(error.kind).toBe('contract')
      expect(error.call).toBe('GET /api/v3/accounts/{accountId}/subscriptions')
    }
  })

  it('logs in again when the access token expires mid-listing, rotating the refresh token each time', async () => {
    const world = generateWorld({ seed: 5, customers: 60, subscriptions: 520 })
    const { connect, spent } = tdsynnexSandbox({ world, faults: { expireTokenAfter: 2 } })
    const rotation = createMemoryRotation(sandbox.secrets)
    const http = connect({ rotation })
    await adapter.listCustomers(http)
    const listing = await adapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    const tokens = spent()
    expect(tokens.length).toBeGreaterThan(1)
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  it('does not crash on a short listing and lists fewer records', async () => {
    const { connect, world } = tdsynnexSandbox({ faults: { shortListing: { dropShare: 0.25 } } })
    const http = connect()
    expect((await adapter.listCustomers(http)).items.length).toBeLessThan(
      listedCustomers(world).length,
    )
    expect((await adapter.listSubscriptions(http)).items.length).toBeLessThan(
      listedSubscriptions(world).length,
    )
  })
})
