import type { ConnectionCredentials } from '@seatkeeper/distributors'
import { connectToSimulator, type ConnectOptions } from '@seatkeeper/distributors/testing'
import {
  generateWorld,
  generateWorldBilling,
  haloSandboxCredentials as creds,
  type World,
} from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { failureOf } from '../testing/failure-of'
import { haloAdapter } from './index'

// The adapter against its simulator on a bad night at Halo: every fault of FaultConfig that
// applies to it, and each credential wrong in turn (docs/psa.md "Faults and bad credentials").
const connect = (o: ConnectOptions = {}) => connectToSimulator(haloAdapter, 3, o)

const monthlyLines = (world: World) =>
  generateWorldBilling(world).lines.filter((l) => l.period === 'monthly')

const withCredentials = (config: Record<string, string>, secrets: Record<string, string> = {}) =>
  ({
    config: { ...creds.config, ...config },
    secrets: { ...creds.secrets, ...secrets },
  }) as ConnectionCredentials

// 150 customers: clients and recurring invoices take two pages of 100.
const twoPages = () => generateWorld({ seed: 3, customers: 150, subscriptions: 400 })

describe('HaloPSA adapter against its simulator’s faults', () => {
  it('waits out 429s with Retry-After and still completes', async () => {
    const { http } = connect({
      world: generateWorld({ seed: 3, customers: 4, subscriptions: 12 }),
      faults: { rateLimit: { requestsPerSecond: 40, burst: 2, retryAfterSeconds: 1 } },
      realSleep: true,
    })
    expect((await haloAdapter.listCompanies(http)).complete).toBe(true)
    const listing = await haloAdapter.listBillingLines(http)
    expect(listing.complete).toBe(true)
    expect(http.stats.retries).toBeGreaterThan(0)
  })

  it('retries a 5xx on the second page and completes', async () => {
    const world = twoPages()
    const clean = await haloAdapter.listBillingLines(connect({ world }).http)
    const { http } = connect({ world, faults: { failPage: { page: 2, status: 503, times: 2 } } })
    const listing = await haloAdapter.listBillingLines(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(clean.items.length)
    expect(listing.items.length).toBe(monthlyLines(world).length)
    expect(http.stats.retries).toBe(2)
  })

  it('gives a precise unavailable error naming the call when the 5xx persists', async () => {
    const { http } = connect({ faults: { failPage: { page: 1, status: 503, times: 1000 } } })
    const error = await failureOf(haloAdapter.listCompanies(http))
    expect(error).toMatchObject({
      kind: 'unavailable',
      status: 503,
      call: 'GET /api/Client (page 1)',
    })
    expect(error.message).toContain('HaloPSA')
    expect(error.message).toContain('Injected failure of page 1.')
  })

  it('reports an HTML page instead of JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'html', pathIncludes: '/api/RecurringInvoice' } },
    })
    const error = await failureOf(haloAdapter.listBillingLines(http))
    expect(error.kind).toBe('contract')
    expect(error.message).toMatch(/HTML/)
  })

  it('reports a body cut off mid-JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'truncated', pathIncludes: '/api/Client' } },
    })
    const error = await failureOf(haloAdapter.listCompanies(http))
    expect(error.kind).toBe('contract')
  })

  it('signs in again when the token expires mid-listing and completes', async () => {
    const { http, requests, world } = connect({ faults: { expireTokenAfter: 1 } })
    const listing = await haloAdapter.listBillingLines(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(monthlyLines(world).length)
    expect(requests.filter((r) => r.endsWith('/auth/token')).length).toBeGreaterThan(1)
  })

  it('lists fewer records on a short listing without failing', async () => {
    const { http, world } = connect({ faults: { shortListing: { dropShare: 0.25 } } })
    const companies = await haloAdapter.listCompanies(http)
    expect(companies.items.length).toBeLessThan(world.customers.length)
    const lines = await haloAdapter.listBillingLines(http)
    expect(lines.items.length).toBeLessThan(monthlyLines(world).length)
    expect(lines.items.length).toBeGreaterThan(0)
  })
})

describe('HaloPSA adapter against its simulator with a wrong credential', () => {
  it('refuses a wrong client secret with the hint, echoing neither secret', async () => {
    const wrong = 'definitely-not-the-halo-secret-1234'
    const { http } = connect({ credentials: withCredentials({}, { clientSecret: wrong }) })
    const error = await failureOf(haloAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toContain('invalid_client')
    expect(error.message).toContain('Check the Client ID and Client secret')
    expect(error.message).toContain('View Applications')
    expect(JSON.stringify(error)).not.toContain(wrong)
    expect(JSON.stringify(error)).not.toContain(creds.secrets.clientSecret)
  })

  it('refuses a wrong client id with the same hint, which names the Client ID', async () => {
    const { http } = connect({ credentials: withCredentials({ clientId: 'another-application' }) })
    const error = await failureOf(haloAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toContain('Check the Client ID and Client secret')
    expect(JSON.stringify(error)).not.toContain(creds.secrets.clientSecret)
  })

  it('refuses a tenant Halo does not know, saying to check the tenant', async () => {
    const { http } = connect({ credentials: withCredentials({ tenant: 'contosomsp' }) })
    const error = await failureOf(haloAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', status: 400 })
    expect(error.message).toContain('HaloPSA does not know this tenant. Check the Halo tenant')
    expect(JSON.stringify(error)).not.toContain(creds.secrets.clientSecret)
  })

  it('names every missing credential before calling HaloPSA', async () => {
    const { http, requests } = connect({
      credentials: { config: { environment: 'sandbox', tenant: 'sandbox' }, secrets: {} },
    })
    const error = await failureOf(haloAdapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('HaloPSA needs both a Client ID and a Client secret.')
    expect(requests).toEqual([])
  })
})
