import type { ConnectionCredentials } from '@seatkeeper/distributors'
import { connectToSimulator, type ConnectOptions } from '@seatkeeper/distributors/testing'
import {
  cwSandboxCredentials as creds,
  generateWorld,
  generateWorldBilling,
  type World,
} from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { failureOf } from '../testing/failure-of'
import { connectwiseAdapter } from './index'

// The adapter against its simulator on a bad night at ConnectWise: every fault of FaultConfig
// that applies to it, and each credential wrong in turn (docs/psa.md "Faults and bad
// credentials"). ConnectWise signs every call with the member's keys: there is no token to expire.
const connect = (o: ConnectOptions = {}) => connectToSimulator(connectwiseAdapter, 5, o)

const monthlyLines = (world: World) =>
  generateWorldBilling(world).lines.filter((l) => l.period === 'monthly')

const withCredentials = (config: Record<string, string>, secrets: Record<string, string> = {}) =>
  ({
    config: { ...creds.config, ...config },
    secrets: { ...creds.secrets, ...secrets },
  }) as ConnectionCredentials

describe('ConnectWise PSA adapter against its simulator’s faults', () => {
  it('waits out 429s with Retry-After and still completes', async () => {
    const { http } = connect({
      world: generateWorld({ seed: 5, customers: 4, subscriptions: 12 }),
      faults: { rateLimit: { requestsPerSecond: 40, burst: 2, retryAfterSeconds: 1 } },
      realSleep: true,
    })
    const listing = await connectwiseAdapter.listBillingLines(http)
    expect(listing.complete).toBe(true)
    expect(http.stats.retries).toBeGreaterThan(0)
  })

  it('retries a 5xx on the second page and completes', async () => {
    // 999 customers, a recycle-bin duplicate and a prospect: companies take two pages of 1000.
    const world = generateWorld({ seed: 5, customers: 999, subscriptions: 999 })
    const clean = await connectwiseAdapter.listCompanies(connect({ world }).http)
    const { http } = connect({ world, faults: { failPage: { page: 2, status: 503, times: 2 } } })
    const listing = await connectwiseAdapter.listCompanies(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(clean.items.length)
    expect(listing.items.length).toBe(world.customers.length + 1)
    expect(http.stats.retries).toBe(2)
  })

  it('gives a precise unavailable error naming the call when the 5xx persists', async () => {
    const { http } = connect({ faults: { failPage: { page: 1, status: 503, times: 1000 } } })
    const error = await failureOf(connectwiseAdapter.listCompanies(http))
    expect(error).toMatchObject({
      kind: 'unavailable',
      status: 503,
      call: 'GET /company/companies (page 1)',
    })
    expect(error.message).toContain('ConnectWise PSA')
    expect(error.message).toContain('Injected failure of page 1.')
  })

  it('reports an HTML page instead of JSON as a contract error', async () => {
    const { http } = connect({ faults: { badBody: { kind: 'html', pathIncludes: '/additions' } } })
    const error = await failureOf(connectwiseAdapter.listBillingLines(http))
    expect(error.kind).toBe('contract')
    expect(error.message).toMatch(/HTML/)
  })

  it('reports a body cut off mid-JSON as a contract error', async () => {
    const { http } = connect({
      faults: { badBody: { kind: 'truncated', pathIncludes: '/company/companies' } },
    })
    const error = await failureOf(connectwiseAdapter.listCompanies(http))
    expect(error.kind).toBe('contract')
  })

  it('lists fewer records on a short listing without failing', async () => {
    const { http, world } = connect({ faults: { shortListing: { dropShare: 0.25 } } })
    const companies = await connectwiseAdapter.listCompanies(http)
    expect(companies.items.length).toBeLessThan(world.customers.length)
    const lines = await connectwiseAdapter.listBillingLines(http)
    expect(lines.items.length).toBeLessThan(monthlyLines(world).length)
    expect(lines.items.length).toBeGreaterThan(0)
  })
})

describe('ConnectWise PSA adapter against its simulator with a wrong credential', () => {
  it('refuses a company ID the site does not know, saying to check it and the region', async () => {
    const { http } = connect({ credentials: withCredentials({ companyId: 'otherco' }) })
    const error = await failureOf(connectwiseAdapter.testConfiguration(http))
    expect(error).toMatchObject({
      kind: 'not-found',
      status: 404,
      call: 'GET /login/companyinfo/{company}',
    })
    expect(error.message).toContain('Check the Region and the Company ID')
  })

  it('refuses a wrong public key with the hint naming the member keys', async () => {
    const { http } = connect({ credentials: withCredentials({ publicKey: 'not-the-public-key' }) })
    const error = await failureOf(connectwiseAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toContain("the API member's Public and Private key")
    expect(error.message).toContain('System > Members > API Members > API Keys')
    expect(JSON.stringify(error)).not.toContain(creds.secrets.privateKey)
  })

  it('refuses a wrong private key with the hint, echoing neither key', async () => {
    const wrong = 'definitely-not-the-private-key-1234'
    const { http } = connect({ credentials: withCredentials({}, { privateKey: wrong }) })
    const error = await failureOf(connectwiseAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toContain("the API member's Public and Private key")
    expect(JSON.stringify(error)).not.toContain(wrong)
    expect(JSON.stringify(error)).not.toContain(creds.secrets.privateKey)
  })

  it('refuses a clientId ConnectWise did not register, in its words, with where to find it', async () => {
    const { http } = connect({
      credentials: withCredentials({ clientId: '00000000-0000-4000-8000-000000000000' }),
    })
    const error = await failureOf(connectwiseAdapter.testConfiguration(http))
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toContain('A valid clientId is required on every request.')
    expect(error.message).toContain('the Client ID from developer.connectwise.com')
    expect(JSON.stringify(error)).not.toContain(creds.secrets.privateKey)
  })

  it('names every missing credential before calling ConnectWise PSA', async () => {
    const { http, requests } = connect({
      credentials: { config: { site: 'sandbox', companyId: creds.config.companyId }, secrets: {} },
    })
    const error = await failureOf(connectwiseAdapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('ConnectWise PSA needs the Public key, Private key, Client ID.')
    // The codebase lookup takes no credentials; nothing signed was sent.
    expect(requests.filter((r) => !r.includes('/login/companyinfo/'))).toEqual([])
  })
})
