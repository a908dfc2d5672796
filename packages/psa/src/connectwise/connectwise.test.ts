import { createDirectHttp } from '@seatkeeper/distributors'
import { json } from '@seatkeeper/distributors/testing'
import { failureOf } from '../testing/failure-of'
import { describe, expect, it } from 'vitest'
import { cwServer, CW_BASIC } from '../testing/cw-fixtures'
import { connectwiseAdapter } from './index'

const config = {
  site: 'api-aus.myconnectwise.net',
  companyId: 'contosomsp',
  publicKey: 'pub-key',
  clientId: 'client-guid',
}

function client(server: ReturnType<typeof cwServer>, privateKey = 'CANARY-cw-priv') {
  return createDirectHttp({
    adapter: connectwiseAdapter,
    credentials: { config, secrets: { privateKey } },
    fetch: server.fetch,
    cacheKey: 'cw-1',
    sleep: async () => {},
    random: () => 1,
    retry: { baseDelayMs: 10, maxDelayMs: 100, maxAttempts: 2, budgetMs: 1_000 },
  })
}

describe('ConnectWise PSA connection', () => {
  it('offers only the cloud regions, never a free URL', () => {
    expect(connectwiseAdapter.endpoints({ site: 'api-aus.myconnectwise.net' }).baseUrl).toBe(
      'https://api-aus.myconnectwise.net',
    )
    expect(() => connectwiseAdapter.endpoints({ site: 'evil.example' })).toThrow(
      /choose North America, Europe, Australia, staging or Sandbox/,
    )
  })

  it('finds the codebase from companyinfo and signs every call with the member keys and clientId', async () => {
    const server = cwServer()
    const result = await connectwiseAdapter.testConfiguration(client(server))
    expect(result.message).toBe(
      'Connected to ConnectWise PSA: 4 companies visible to this API member.',
    )
    expect(server.seen.map((s) => s.url.pathname)).toEqual([
      '/login/companyinfo/contosomsp',
      '/v2025_1/apis/3.0/company/companies/count',
    ])
    expect(server.seen[0]!.headers.get('authorization')).toBeNull()
    expect(server.seen[1]!.headers.get('authorization')).toBe(CW_BASIC)
  })

  it('says which keys to check when ConnectWise refuses them, without echoing the private key', async () => {
    const error = await failureOf(
      connectwiseAdapter.testConfiguration(client(cwServer(), 'CANARY-wrong')),
    )
    expect(error.kind).toBe('auth')
    expect(error.message).toMatch(/API Members > API Keys/)
    expect(JSON.stringify(error)).not.toContain('CANARY')
  })
})

describe('ConnectWise PSA listings', () => {
  it('lists customers, recycle-bin duplicates as deleted and Not-Approved prospects left out', async () => {
    const listing = await connectwiseAdapter.listCompanies(client(cwServer()))
    expect(listing.items.map((c) => [c.externalId, c.name, c.status])).toEqual([
      ['250', 'Fabrikam Legal', 'active'],
      ['251', 'Northwind Dental', 'active'],
      ['198', 'Fabrikam Legal', 'deleted'],
    ])
    expect(listing.items[0]).toMatchObject({ domain: 'fabrikam.example', currency: 'AUD' })
  })

  it('lists additions of active agreements, a cancelled one as inactive', async () => {
    const listing = await connectwiseAdapter.listBillingLines(client(cwServer()))
    expect(listing.complete).toBe(true)
    const byId = new Map(listing.items.map((l) => [l.externalId, l]))
    expect(byId.get('41001')).toMatchObject({
      companyExternalId: '250',
      description: 'Microsoft 365 Business Premium',
      itemCode: 'M365-BP',
      quantity: 23,
      unitPrice: 33,
      unitCost: 28.6,
      currency: 'AUD',
      period: 'monthly',
      inactive: false,
      reference: { agreementId: '7001', prorates: 'true', apiRoot: '/v2025_1/apis/3.0' },
    })
    expect(byId.get('40877')).toMatchObject({ inactive: true, endDate: '2024-06-30' })
  })

  it('names an agreement whose billing cycle it does not know and leaves its additions out', async () => {
    const server = cwServer((seen) =>
      seen.url.pathname.endsWith('/finance/agreements') && seen.url.searchParams.get('page') === '1'
        ? json(
            JSON.stringify([
              {
                id: 9,
                name: 'Odd cycle',
                company: { id: 250 },
                agreementStatus: 'Active',
                billingCycle: { id: 9, name: 'Fortnightly' },
              },
            ]),
          )
        : undefined,
    )
    const listing = await connectwiseAdapter.listBillingLines(client(server))
    expect(listing).toMatchObject({
      complete: false,
      items: [],
      problems: [
        'ConnectWise PSA agreement "Odd cycle" bills every "Fortnightly", which Seatkeeper does not know yet; its additions were left out.',
      ],
    })
  })
})

describe('ConnectWise PSA write-back', () => {
  const lineOf = async (server: ReturnType<typeof cwServer>, id: string, prorates?: boolean) => {
    const line = (await connectwiseAdapter.listBillingLines(client(server))).items.find(
      (l) => l.externalId === id,
    )!
    return prorates === undefined
      ? line
      : { ...line, reference: { ...line.reference, prorates: String(prorates) } }
  }

  it('patches the quantity with a JSON-patch array on an agreement that does not prorate', async () => {
    const server = cwServer()
    const line = await lineOf(server, '41001', false)
    const applied = await connectwiseAdapter.applyBillingChange(client(server), {
      line,
      quantity: 25,
    })
    expect(server.writes.map((w) => [w.method, w.url.pathname, JSON.parse(w.body)])).toEqual([
      [
        'PATCH',
        '/v2025_1/apis/3.0/finance/agreements/7001/additions/41001',
        [{ op: 'replace', path: 'quantity', value: 25 }],
      ],
    ])
    expect(applied.after.quantity).toBe(25)
  })

  it('on a prorated agreement adds a new addition from the change day, then cancels the old one the day before', async () => {
    const server = cwServer()
    const line = await lineOf(server, '41001')
    const applied = await connectwiseAdapter.applyBillingChange(client(server), {
      line,
      quantity: 25,
      effectiveDate: '2026-12-05',
    })
    expect(server.writes.map((w) => [w.method, JSON.parse(w.body)])).toEqual([
      [
        'POST',
        expect.objectContaining({
          product: { id: 512 },
          quantity: 25,
          unitPrice: 33,
          unitCost: 28.6,
          billCustomer: 'Billable',
          effectiveDate: '2026-12-05T00:00:00Z',
        }),
      ],
      ['PATCH', [{ op: 'replace', path: 'cancelledDate', value: '2026-12-04T00:00:00Z' }]],
    ])
    expect(applied.after).toMatchObject({ externalId: '50000', quantity: 25, inactive: false })
  })

  it('undoes a prorated change by billing the old addition again first, and cancels it again when ConnectWise refuses to cancel the new one', async () => {
    const server = cwServer((seen) =>
      seen.method === 'PATCH' && seen.url.pathname.endsWith('/additions/50000')
        ? json('{"code":"InvalidObject","message":"The addition is locked."}', 400)
        : undefined,
    )
    const before = await lineOf(server, '41001')
    const { after } = await connectwiseAdapter.applyBillingChange(client(server), {
      line: before,
      quantity: 25,
      effectiveDate: '2026-12-05',
    })
    const error = await failureOf(
      connectwiseAdapter.applyBillingChange(client(server), { line: after, reinstate: before }),
    )
    expect(error).toMatchObject({ kind: 'request', status: 400 })
    expect(error.message).toContain('The addition is locked.')
    expect(error.message).toContain(
      `Seatkeeper took it back (addition 41001 cancelled on 2026-12-04 again), so nothing bills differently: the new addition 50000 "${after.description}" still bills 25 and addition 41001, which it replaced, stays cancelled.`,
    )
    expect(
      server.writes
        .slice(2)
        .map((w) => [w.url.pathname.replace(/^.*\/additions/, ''), JSON.parse(w.body)]),
    ).toEqual([
      ['/41001', [{ op: 'replace', path: 'cancelledDate', value: null }]],
      ['/41001', [{ op: 'replace', path: 'cancelledDate', value: '2026-12-04T00:00:00Z' }]],
    ])
    expect(server.additions['7001']!.find((a) => a.id === 41001)?.cancelledDate).toBe(
      '2026-12-04T00:00:00Z',
    )
  })

  it('stops billing a cancelled subscription with a cancelled date, and undo clears it', async () => {
    const server = cwServer()
    const before = await lineOf(server, '41003')
    const { after } = await connectwiseAdapter.applyBillingChange(client(server), {
      line: before,
      inactive: true,
    })
    expect(after.inactive).toBe(true)
    const undo = connectwiseAdapter.undoOf(after, before)
    if ('reason' in undo) throw new Error(undo.reason)
    const restored = await connectwiseAdapter.applyBillingChange(client(server), undo)
    expect(restored.after.inactive).toBe(false)
    expect(JSON.parse(server.writes[1]!.body)).toEqual([
      { op: 'replace', path: 'cancelledDate', value: null },
    ])
  })

  it('says what ConnectWise said when it refuses the new addition', async () => {
    const server = cwServer((seen) =>
      seen.method === 'POST'
        ? json(
            '{"code":"InvalidObject","message":"addition object is invalid","errors":[{"code":"InvalidField","message":"The product field is required.","field":"product"}]}',
            400,
          )
        : undefined,
    )
    const line = await lineOf(server, '41001')
    const error = await failureOf(
      connectwiseAdapter.applyBillingChange(client(server), { line, quantity: 25 }),
    )
    expect(error.kind).toBe('request')
    expect(error.message).toContain('addition object is invalid: The product field is required.')
    expect(error.message).toContain(
      `Nothing was changed in ConnectWise PSA: addition 41001 "${line.description}" still bills ${line.quantity}.`,
    )
    expect(server.seen.filter((s) => s.method === 'PATCH')).toEqual([])
  })
})
