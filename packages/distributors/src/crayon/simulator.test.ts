import { describe, expect, it } from 'vitest'
import { crayonSandboxCredentials, generateWorld, type World } from '@seatkeeper/sandbox'
import type { ConnectionCredentials } from '../adapter'
import { DistributorError } from '../errors'
import { connectToSimulator, type ConnectOptions } from '../testing/connect-to-simulator'
import { crayonAdapter } from './index'

// 260 tenants and 1,300 subscriptions: three and fourteen pages of 100, so paging is exercised.
const WORLD = generateWorld({ seed: 5, customers: 260, subscriptions: 1300 })
const connect = (o: ConnectOptions = {}) =>
  connectToSimulator(crayonAdapter, 5, { world: WORLD, ...o })

function expectedSubscriptions(world: World) {
  return world.subscriptions.map((s) => ({
    externalId: String(9_000 + s.seq),
    customerExternalId: String(16_000 + s.customerSeq),
    name: s.productName,
    sku: s.sku,
    status: s.status,
    trial: s.trial,
    quantity: s.quantity,
    startDate: s.startDate,
    contractEndDate: s.commitmentEndDate,
    billingCycle: s.billingCycle,
    termMonths: s.termMonths,
    autoRenew: s.autoRenew,
    unitPrice: s.unitPrice,
  }))
}

async function failure(promise: Promise<unknown>): Promise<DistributorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DistributorError)
  return error as DistributorError
}

function withSecret(key: 'clientSecret' | 'password', value: string): ConnectionCredentials {
  return {
    config: crayonSandboxCredentials.config,
    secrets: { ...crayonSandboxCredentials.secrets, [key]: value },
  }
}

describe('Crayon adapter against the simulator', () => {
  it('lists every world customer over all pages, removed ones as deleted, with tenant ids', async () => {
    const { http, requests } = connect()
    const listing = await crayonAdapter.listCustomers(http)
    expect(listing).toMatchObject({ complete: true, problems: [] })
    expect(requests.filter((r) => r.endsWith('/customertenants/'))).toHaveLength(3)
    expect(listing.items.map((c) => [c.externalId, c.name, c.status, c.tenantId])).toEqual(
      WORLD.customers.map((c) => [
        String(16_000 + c.seq),
        c.name,
        c.status === 'deleted' ? 'deleted' : 'active',
        c.tenantId,
      ]),
    )
  })

  it('lists every world subscription, its bit-flag status decoded, field by field', async () => {
    const { http } = connect()
    const listing = await crayonAdapter.listSubscriptions(http)
    expect(listing).toMatchObject({ complete: true, problems: [] })
    expect(listing.items).toEqual(expectedSubscriptions(WORLD))
  })

  it('lists one customer tenant\u2019s subscriptions when asked for that tenant only', async () => {
    const { http } = connect()
    const seq = WORLD.subscriptions[0]!.customerSeq
    const listing = await crayonAdapter.listSubscriptions(http, String(16_000 + seq))
    expect(listing.complete).toBe(true)
    expect(listing.items.map((s) => s.externalId)).toEqual(
      WORLD.subscriptions.filter((s) => s.customerSeq === seq).map((s) => String(9_000 + s.seq)),
    )
  })

  it('proves the sandbox credentials and names the organization and its tenant count', async () => {
    const { http } = connect()
    const result = await crayonAdapter.testConfiguration(http)
    expect(result.message).toBe(
      `Connected to Crayon (${WORLD.partnerName}): ${WORLD.customers.length} customer tenants.`,
    )
  })

  it('waits out 429s with Retry-After and still completes', async () => {
    const small = generateWorld({ seed: 5, customers: 30, subscriptions: 450 })
    const { http } = connectToSimulator(crayonAdapter, 5, {
      world: small,
      faults: { rateLimit: { requestsPerSecond: 40, burst: 2, retryAfterSeconds: 1 } },
      realSleep: true,
    })
    const listing = await crayonAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(450)
    expect(http.stats.retries).toBeGreaterThan(0)
  })

  it('retries a 5xx on page 2 and completes', async () => {
    const { http } = connect({ faults: { failPage: { page: 2, status: 503, times: 2 } } })
    const listing = await crayonAdapter.listCustomers(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(WORLD.customers.length)
    expect(http.stats.retries).toBe(2)
  })

  it('gives a precise unavailable error, in Crayon\u2019s words, when the 5xx persists', async () => {
    const { http } = connect({ faults: { failPage: { page: 1, status: 503, times: 1000 } } })
    const error = await failure(crayonAdapter.listCustomers(http))
    expect(error).toMatchObject({ kind: 'unavailable', status: 503 })
    expect(error.call).toBe('GET /api/v1/customertenants/ (page 1)')
    expect(error.message).toContain('Crayon')
    expect(error.message).toContain('Injected failure of page 1. (ServiceUnavailable)')
  })

  it('reports an HTML page instead of JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'html', pathIncludes: '/subscriptions/' } },
    })
    const error = await failure(crayonAdapter.listSubscriptions(http))
    expect(error.kind).toBe('contract')
    expect(error.message).toMatch(/HTML/)
  })

  it('reports a body cut off mid-JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'truncated', pathIncludes: '/customertenants/' } },
    })
    const error = await failure(crayonAdapter.listCustomers(http))
    expect(error.kind).toBe('contract')
    expect(error.message).toMatch(/cut off or malformed/)
  })

  it('signs in again when the token expires mid-listing and completes', async () => {
    const { http, requests } = connect({ faults: { expireTokenAfter: 3 } })
    const listing = await crayonAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(WORLD.subscriptions.length)
    expect(requests.filter((r) => r.endsWith('/connect/token')).length).toBeGreaterThan(1)
  })

  it('reads a short listing without crashing and lists fewer records', async () => {
    const { http } = connect({ faults: { shortListing: { dropShare: 0.25 } } })
    expect((await crayonAdapter.listCustomers(http)).items.length).toBe(195)
    expect((await crayonAdapter.listSubscriptions(http)).items.length).toBe(975)
  })

  for (const [what, credentials, words] of [
    [
      'client secret',
      withSecret('clientSecret', 'definitely-not-the-secret-1234'),
      /Client ID or Client secret/,
    ],
    [
      'password',
      withSecret('password', 'definitely-not-the-password-5678'),
      /username or password/,
    ],
    [
      'client id',
      {
        ...crayonSandboxCredentials,
        config: { ...crayonSandboxCredentials.config, clientId: 'nobody' },
      },
      /Client ID or Client secret/,
    ],
    [
      'username',
      {
        ...crayonSandboxCredentials,
        config: { ...crayonSandboxCredentials.config, username: 'nobody@x.example' },
      },
      /username or password/,
    ],
  ] as const) {
    it(`refuses a wrong ${what} with an auth error saying which, without the secret`, async () => {
      const { http } = connect({ credentials })
      const error = await failure(crayonAdapter.testConfiguration(http))
      expect(error.kind).toBe('auth')
      expect(error.message).toMatch(words)
      expect(error.message).toContain('Settings > API Management')
      for (const secret of Object.values(credentials.secrets))
        expect(error.message).not.toContain(secret)
    })
  }

  it('refuses a missing password before calling Crayon at all', async () => {
    const { http, requests } = connect({ credentials: withSecret('password', '') })
    const error = await failure(crayonAdapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('missing: Password')
    expect(requests).toEqual([])
  })

  it('names an organization the user cannot read as forbidden, with where to check', async () => {
    const { http } = connect({
      credentials: {
        ...crayonSandboxCredentials,
        config: { ...crayonSandboxCredentials.config, organizationId: '999' },
      },
    })
    const error = await failure(crayonAdapter.listCustomers(http))
    expect(error.kind).toBe('forbidden')
    expect(error.message).toContain("no access to organization '999'")
    expect(error.message).toContain('Organization ID')
  })
})
