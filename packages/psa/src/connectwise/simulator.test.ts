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

describe('ConnectWise PSA prorated write-back when ConnectWise refuses a call', () => {
  const today = new Date().toISOString().slice(0, 10)
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)

  async function proratedChange(
    faults: ConnectOptions['faults'] | ((id: string) => ConnectOptions['faults']),
  ) {
    // The line is read from a clean connection first: a fault that names its addition needs its id.
    const lines = (await connectwiseAdapter.listBillingLines(connect().http)).items
    const line = lines.find((l) => l.reference.prorates === 'true' && !l.inactive)!
    const o = connect({ faults: typeof faults === 'function' ? faults(line.externalId) : faults })
    const error = await failureOf(
      connectwiseAdapter.applyBillingChange(o.http, {
        line,
        quantity: line.quantity + 2,
        effectiveDate: today,
      }),
    )
    const writes = (await (await o.sandbox('/_writes')).json()) as Array<{
      method: string
      path: string
      body: unknown
    }>
    const after = (await connectwiseAdapter.listBillingLines(o.http)).items
    return { line, lines, error, writes, after }
  }

  it('changes nothing when the new addition is refused, and says so', async () => {
    const { line, lines, error, writes, after } = await proratedChange({
      refuseWrite: {
        method: 'POST',
        pathIncludes: '/additions',
        status: 400,
        message: 'The product is inactive.',
      },
    })
    expect(error).toMatchObject({
      kind: 'request',
      status: 400,
      call: 'POST /finance/agreements/{id}/additions',
    })
    expect(error.message).toContain('ConnectWise PSA said: "The product is inactive."')
    expect(error.message).toContain(
      `Nothing was changed in ConnectWise PSA: addition ${line.externalId} "${line.description}" still bills ${line.quantity}.`,
    )
    expect(writes).toEqual([])
    expect(after).toEqual(lines)
  })

  it('takes the new addition back when the old one’s cancellation is refused, so nothing bills differently', async () => {
    const { line, lines, error, writes, after } = await proratedChange((id) => ({
      refuseWrite: { method: 'PATCH', pathIncludes: `/additions/${id}`, status: 409 },
    }))
    const added = writes[0]!
    expect(writes.map((w) => w.method)).toEqual(['POST', 'PATCH'])
    expect(added.body).toMatchObject({ quantity: line.quantity + 2 })
    const newId = after.find((l) => !lines.some((o) => o.externalId === l.externalId))!.externalId
    expect(writes[1]).toMatchObject({
      path: expect.stringMatching(`/additions/${newId}$`),
      body: [{ op: 'replace', path: 'cancelledDate', value: `${yesterday}T00:00:00Z` }],
    })
    expect(error).toMatchObject({
      kind: 'request',
      status: 409,
      call: 'PATCH /finance/agreements/{id}/additions/{id}',
    })
    expect(error.message).toContain(
      `Seatkeeper took it back (the new addition ${newId} cancelled on ${yesterday}, before it starts), so nothing bills differently: addition ${line.externalId} "${line.description}" still bills ${line.quantity}.`,
    )
    // The old addition bills as it did; the new one, cancelled before it starts, bills nothing.
    expect(after.find((l) => l.externalId === line.externalId)).toEqual(line)
    expect(after.find((l) => l.externalId === newId)).toMatchObject({ inactive: true })
    expect(after.filter((l) => !l.inactive)).toHaveLength(lines.filter((l) => !l.inactive).length)
  })

  it('says both additions bill, and to fix it by hand, when taking the new one back is refused too', async () => {
    const { line, lines, error, writes, after } = await proratedChange({
      refuseWrite: { method: 'PATCH', pathIncludes: '/additions/', status: 409 },
    })
    expect(writes.map((w) => w.method)).toEqual(['POST'])
    const newId = after.find((l) => !lines.some((o) => o.externalId === l.externalId))!.externalId
    expect(error.message).toContain('taking it back was refused too')
    expect(error.message).toContain(
      `both addition ${line.externalId} at ${line.quantity} and the new addition ${newId} at ${line.quantity + 2} from ${today} bill "${line.description}".`,
    )
    expect(error.message).toContain('Fix it by hand in ConnectWise PSA')
    expect(after.find((l) => l.externalId === line.externalId)).toEqual(line)
    expect(after.find((l) => l.externalId === newId)).toMatchObject({
      quantity: line.quantity + 2,
      inactive: false,
    })
  })
})
