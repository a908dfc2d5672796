import type { ConnectionCredentials } from '@seatkeeper/distributors'
import {
  connectToSimulator,
  SANDBOX_ORIGIN,
  type ConnectOptions,
} from '@seatkeeper/distributors/testing'
import {
  atSandboxCredentials as creds,
  generateWorld,
  generateWorldBilling,
  type World,
} from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { failureOf } from '../testing/failure-of'
import { autotaskAdapter } from './index'

// The adapter against its simulator on a bad night at Autotask: every fault of FaultConfig that
// applies to it, and each credential wrong in turn (docs/psa.md "Faults and bad credentials").
// Autotask takes the three headers on every call: there is no token to expire.
const connect = (o: ConnectOptions = {}) => connectToSimulator(autotaskAdapter, 7, o)

const monthlyLines = (world: World) =>
  generateWorldBilling(world).lines.filter((l) => l.period === 'monthly')

const withCredentials = (config: Record<string, string>, secrets: Record<string, string> = {}) =>
  ({
    config: { ...creds.config, ...config },
    secrets: { ...creds.secrets, ...secrets },
  }) as ConnectionCredentials

const AUTH_HINT = 'Check the API user name, its secret and the API tracking identifier'

describe('Autotask adapter against its simulator’s faults', () => {
  it('waits out 429s with Retry-After and still completes', async () => {
    const { http } = connect({
      world: generateWorld({ seed: 7, customers: 4, subscriptions: 12 }),
      faults: { rateLimit: { requestsPerSecond: 40, burst: 2, retryAfterSeconds: 1 } },
      realSleep: true,
    })
    const listing = await autotaskAdapter.listBillingLines(http)
    expect(listing.complete).toBe(true)
    expect(http.stats.retries).toBeGreaterThan(0)
  })

  it('retries a 5xx on the second page, the next-page URL, and completes', async () => {
    // 600 customers: Companies takes two pages of 500.
    const world = generateWorld({ seed: 7, customers: 600, subscriptions: 600 })
    const { http, requests } = connect({
      world,
      faults: { failPage: { page: 2, status: 503, times: 2 } },
    })
    const listing = await autotaskAdapter.listCompanies(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(world.customers.length)
    expect(http.stats.retries).toBe(2)
    expect(requests.filter((r) => r.endsWith('/Companies/query/next'))).toHaveLength(3)
  })

  it('gives a precise unavailable error naming the call when the 5xx persists', async () => {
    const { http } = connect({ faults: { failPage: { page: 1, status: 503, times: 1000 } } })
    const error = await failureOf(autotaskAdapter.listCompanies(http))
    expect(error).toMatchObject({
      kind: 'unavailable',
      status: 503,
      call: 'POST /V1.0/Companies/query (page 1)',
    })
    expect(error.message).toContain('Autotask')
    expect(error.message).toContain('Injected failure of page 1.')
  })

  it('reports an HTML page instead of JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'html', pathIncludes: '/ContractServiceUnits/' } },
    })
    const error = await failureOf(autotaskAdapter.listBillingLines(http))
    expect(error.kind).toBe('contract')
    expect(error.message).toMatch(/HTML/)
  })

  it('reports a body cut off mid-JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'truncated', pathIncludes: '/Companies/' } },
    })
    const error = await failureOf(autotaskAdapter.listCompanies(http))
    expect(error.kind).toBe('contract')
  })

  it('lists fewer records on a short listing without failing', async () => {
    const { http, world } = connect({ faults: { shortListing: { dropShare: 0.25 } } })
    const companies = await autotaskAdapter.listCompanies(http)
    expect(companies.items.length).toBeLessThan(world.customers.length)
    const lines = await autotaskAdapter.listBillingLines(http)
    expect(lines.items.length).toBeLessThan(monthlyLines(world).length)
    expect(lines.items.length).toBeGreaterThan(0)
  })
})

describe('Autotask adapter against its simulator with a wrong credential', () => {
  it('refuses a wrong secret with the hint, echoing neither secret', async () => {
    const wrong = 'definitely-not-the-autotask-secret'
    const { http } = connect({ credentials: withCredentials({}, { secret: wrong }) })
    const error = await failureOf(autotaskAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toContain(AUTH_HINT)
    expect(error.message).toContain('a locked user looks the same as a wrong secret')
    expect(JSON.stringify(error)).not.toContain(wrong)
    expect(JSON.stringify(error)).not.toContain(creds.secrets.secret)
  })

  it('refuses a wrong API user name with the hint', async () => {
    const { http } = connect({
      credentials: withCredentials({ userName: 'other@harbourside.example' }),
    })
    const error = await failureOf(autotaskAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toContain(AUTH_HINT)
    expect(JSON.stringify(error)).not.toContain(creds.secrets.secret)
  })

  it('refuses a wrong API tracking identifier with the hint', async () => {
    const { http } = connect({
      credentials: withCredentials({ integrationCode: 'OTHERTRACKINGIDENTIFIER0001' }),
    })
    const error = await failureOf(autotaskAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toContain(AUTH_HINT)
    expect(JSON.stringify(error)).not.toContain(creds.secrets.secret)
  })

  it('finds no zone for a user name Autotask does not know, saying to check it', async () => {
    const { fetch } = connect()
    const error = await failureOf(
      autotaskAdapter.discoverSettings!(
        fetch,
        { ...creds.config, userName: 'nobody@harbourside.example' },
        { sandboxOrigin: SANDBOX_ORIGIN },
      ),
    )
    expect(error).toMatchObject({ kind: 'auth', status: 500 })
    expect(error.message).toContain('Check the API user name')
  })

  it('names every missing credential before calling Autotask', async () => {
    const { http, requests } = connect({
      credentials: { config: { zone: 'sandbox' }, secrets: {} },
    })
    const error = await failureOf(autotaskAdapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain(
      'Autotask needs the API user name, its secret and the API tracking identifier.',
    )
    expect(requests).toEqual([])
  })
})
