import { createDirectHttp, type ConnectionCredentials } from '@seatkeeper/distributors'
import { failureOf } from '../testing/failure-of'
import { describe, expect, it } from 'vitest'
import { json } from '@seatkeeper/distributors/testing'
import { haloFixtureText, haloServer, HALO_ORIGIN } from '../testing/halo-fixtures'
import { haloAdapter } from './index'

const SECRET = 'CANARY-halo-s3cret'
const credentials = (secret = SECRET): ConnectionCredentials => ({
  config: { tenant: 'contosomsp', clientId: 'seatkeeper-app' },
  secrets: { clientSecret: secret },
})

function client(server: ReturnType<typeof haloServer>, secret = SECRET) {
  const waits: number[] = []
  const http = createDirectHttp({
    adapter: haloAdapter,
    credentials: credentials(secret),
    fetch: server.fetch,
    cacheKey: 'halo-1',
    now: () => Date.UTC(2026, 11, 2),
    sleep: async (ms) => {
      waits.push(ms)
    },
    random: () => 1,
    retry: { baseDelayMs: 100, maxDelayMs: 120_000, maxAttempts: 3, budgetMs: 600_000 },
  })
  return { http, waits }
}

describe('HaloPSA endpoints', () => {
  it('uses only <tenant>.halopsa.com, also when the whole address is pasted', () => {
    expect(haloAdapter.endpoints({ tenant: 'contosomsp' }).baseUrl).toBe(HALO_ORIGIN)
    expect(haloAdapter.endpoints({ tenant: 'https://ContosoMSP.halopsa.com/' }).baseUrl).toBe(
      HALO_ORIGIN,
    )
  })

  it('refuses a tenant that is not a name, saying what to enter', () => {
    for (const tenant of ['', 'evil.example/x', 'a b', 'http://169.254.169.254']) {
      expect(() => haloAdapter.endpoints({ tenant })).toThrow(
        /Enter the first part of your Halo address/,
      )
    }
  })
})

describe('HaloPSA login', () => {
  it('reads the token URL from /api/authinfo and logs in there with the tenant and the scopes it needs', async () => {
    const server = haloServer()
    await haloAdapter.testConfiguration(client(server).http)
    const token = server.seen.find((s) => s.url.pathname === '/auth/token')!
    expect(token.url.searchParams.get('tenant')).toBe('contosomsp')
    expect(new URLSearchParams(token.body).get('grant_type')).toBe('client_credentials')
    expect(new URLSearchParams(token.body).get('scope')).toBe(
      'read:customers read:invoices edit:invoices read:softwarelicensing edit:softwarelicensing read:items',
    )
    expect(server.seen.map((s) => s.url.pathname)).toEqual([
      '/api/authinfo',
      '/auth/token',
      '/api/Client',
    ])
  })

  it('says where to check the secret when Halo answers invalid_client, and never echoes it', async () => {
    const error = await failureOf(
      haloAdapter.testConfiguration(client(haloServer(), 'CANARY-wrong').http),
    )
    expect(error.kind).toBe('auth')
    expect(error.message).toMatch(/View Applications/)
    expect(JSON.stringify(error)).not.toContain('CANARY')
  })

  it('does not send the secret to a login server outside halopsa.com', async () => {
    const server = haloServer((seen) =>
      seen.url.pathname === '/api/authinfo'
        ? json('{"auth_url":"https://collector.evil.example/auth"}')
        : undefined,
    )
    const error = await failureOf(haloAdapter.testConfiguration(client(server).http))
    expect(error.message).toMatch(/did not send it the client secret/)
    expect(error.field).toBe('auth_url')
    expect(server.seen.some((s) => s.url.hostname.endsWith('evil.example'))).toBe(false)
  })
})

describe('HaloPSA listings', () => {
  it('lists every client over the pages, inactive ones as suspended, with their distributor links', async () => {
    const listing = await haloAdapter.listCompanies(client(haloServer()).http)
    expect(listing.complete).toBe(true)
    expect(listing.items.map((c) => [c.name, c.status])).toEqual([
      ['Fabrikam Legal', 'active'],
      ['Northwind Dental', 'active'],
      ['Old Mill Bakery', 'suspended'],
    ])
    expect(listing.items[0]).toMatchObject({
      externalId: '12',
      domain: 'fabrikam.example',
      currency: 'AUD',
      linkedIds: ['9ba32659-d339-4539-be21-1f461dc1a415'],
    })
  })

  it('lists recurring-invoice lines with negative invoice ids, licence links and inactive lines', async () => {
    const listing = await haloAdapter.listBillingLines(client(haloServer()).http)
    expect(listing.complete).toBe(true)
    const byId = new Map(listing.items.map((l) => [l.externalId, l]))
    expect(byId.get('3101')).toMatchObject({
      companyExternalId: '12',
      description: 'Microsoft 365 Business Premium',
      itemCode: 'M365-BP',
      quantity: 23,
      unitPrice: 33,
      unitCost: 28.6,
      period: 'monthly',
      inactive: false,
      quantityRule: 'fixed',
      reference: { invoiceId: '-101', quantityType: 'manual' },
    })
    expect(byId.get('3102')).toMatchObject({
      quantityRule: 'linked',
      reference: { invoiceId: '-101', quantityType: 'licence', licenceIds: '8802' },
    })
    expect(byId.get('3105')).toMatchObject({
      inactive: true,
      startDate: '2023-01-01',
      endDate: '2024-12-31',
    })
    expect(byId.get('3201')?.companyExternalId).toBe('14')
  })

  it("bills a licence-linked line at its licence's count, which Halo moves onto the line only at its next invoice", async () => {
    const server = haloServer()
    server.licences.licences.find((l: any) => l.id === 8802).count = 5
    server.invoices.invoices[0].lines[1].quantity_licences[0].qty_free = 1
    const listing = await haloAdapter.listBillingLines(client(server).http)
    expect(listing.items.find((l) => l.externalId === '3102')).toMatchObject({
      quantity: 4,
      freeQuantity: 1,
      quantityRule: 'linked',
    })
    expect(server.seen.some((s) => s.url.pathname === '/api/SoftwareLicence')).toBe(true)
  })

  it('leaves out a licence-linked line whose licence Halo does not list, and marks the listing incomplete', async () => {
    const server = haloServer()
    server.licences.licences = server.licences.licences.filter((l: any) => l.id !== 8802)
    server.licences.record_count = 2
    const listing = await haloAdapter.listBillingLines(client(server).http)
    expect(listing.complete).toBe(false)
    expect(listing.problems).toEqual([
      'HaloPSA line 3102 ("Exchange Online (Plan 1)") of recurring invoice -101 follows licence 8802, which HaloPSA did not list; it was left out.',
    ])
  })

  it('leaves out an invoice whose period it does not know, names it, and marks the listing incomplete', async () => {
    const server = haloServer()
    server.invoices.invoices[1].period = 7
    const listing = await haloAdapter.listBillingLines(client(server).http)
    expect(listing.complete).toBe(false)
    expect(listing.problems).toEqual([
      'HaloPSA recurring invoice -102 of Northwind Dental has period 7, which Seatkeeper does not know yet; its lines were left out.',
    ])
    expect(listing.items.some((l) => l.companyExternalId === '14')).toBe(false)
  })

  it('stops with an error naming the call and the field when a line does not fit', async () => {
    const server = haloServer()
    server.invoices.invoices[0].lines[0].qty_order = 'many'
    const error = await failureOf(haloAdapter.listBillingLines(client(server).http))
    expect(error.kind).toBe('contract')
    expect(error.call).toBe('GET /api/RecurringInvoice (page 1)')
    expect(error.field).toBe('invoices[0].lines[0].qty_order')
  })

  it("waits a minute after Halo's plain-text 429, which carries no Retry-After", async () => {
    let limited = false
    const server = haloServer((seen) => {
      if (seen.url.pathname !== '/api/Client' || limited) return undefined
      limited = true
      return new Response(haloFixtureText('error-429.txt'), { status: 429 })
    })
    const { http, waits } = client(server)
    const listing = await haloAdapter.listCompanies(http)
    expect(listing.items).toHaveLength(3)
    expect(waits).toContain(60_000)
  })
})

describe('HaloPSA write-back', () => {
  const lineOf = async (server: ReturnType<typeof haloServer>, id: string) =>
    (await haloAdapter.listBillingLines(client(server).http)).items.find(
      (l) => l.externalId === id,
    )!

  it("sets a manual line's quantity with updatelines keyed by id and ihid, and reads it back", async () => {
    const server = haloServer()
    const line = await lineOf(server, '3101')
    const plan = haloAdapter.planBillingChange({ line, quantity: 25 })
    expect(plan).toMatchObject({
      ok: true,
      writes: [
        {
          call: 'POST /api/RecurringInvoice/updatelines',
          body: [{ id: 3101, ihid: -101, qty_order: 25 }],
        },
      ],
    })
    const applied = await haloAdapter.applyBillingChange(client(server).http, {
      line,
      quantity: 25,
    })
    expect(applied.after.quantity).toBe(25)
    expect(server.writes.map((w) => [w.url.pathname, JSON.parse(w.body)])).toEqual([
      ['/api/RecurringInvoice/updatelines', [{ id: 3101, ihid: -101, qty_order: 25 }]],
    ])
  })

  it('changes a licence-linked line through its licence count, not the line', async () => {
    const server = haloServer()
    const line = await lineOf(server, '3102')
    const applied = await haloAdapter.applyBillingChange(client(server).http, { line, quantity: 4 })
    expect(server.writes.map((w) => [w.url.pathname, JSON.parse(w.body)])).toEqual([
      ['/api/SoftwareLicence', [{ id: 8802, count: 4 }]],
    ])
    expect(applied.after.quantity).toBe(4)
    expect(server.licences.licences.find((l: any) => l.id === 8802).count).toBe(4)
  })

  it("stops billing a cancelled subscription's line with isinactive", async () => {
    const server = haloServer()
    const line = await lineOf(server, '3103')
    const applied = await haloAdapter.applyBillingChange(client(server).http, {
      line,
      inactive: true,
    })
    expect(applied.after.inactive).toBe(true)
    expect(JSON.parse(server.writes[0]!.body)).toEqual([{ id: 3103, ihid: -101, isinactive: true }])
  })

  it("refuses a per-user line's quantity with the reason, before sending anything", async () => {
    const server = haloServer()
    server.invoices.invoices[0].lines[0].recurring_invoice_quantity_type = 2
    const line = await lineOf(server, '3101')
    expect(haloAdapter.planBillingChange({ line, quantity: 25 })).toEqual({
      ok: false,
      reason:
        'HaloPSA bills "Microsoft 365 Business Premium" per user, from its own user count; change the users in Halo.',
    })
  })

  it('reports a change Halo accepted but did not make, naming the field', async () => {
    const server = haloServer((seen) =>
      seen.url.pathname === '/api/RecurringInvoice/updatelines' ? json('[]') : undefined,
    )
    const line = await lineOf(server, '3101')
    const error = await failureOf(
      haloAdapter.applyBillingChange(client(server).http, { line, quantity: 25 }),
    )
    expect(error.message).toBe(
      'HaloPSA accepted the change but line "Microsoft 365 Business Premium" still bills 23, not 25.',
    )
    expect(error.field).toBe('qty_order')
  })

  it('says what Halo said when it refuses a write', async () => {
    const server = haloServer((seen) =>
      seen.url.pathname === '/api/RecurringInvoice/updatelines'
        ? json(
            '{"ClassName":"HaloException","Message":"Recurring invoice is locked for approval"}',
            400,
          )
        : undefined,
    )
    const line = await lineOf(server, '3101')
    const error = await failureOf(
      haloAdapter.applyBillingChange(client(server).http, { line, quantity: 25 }),
    )
    expect(error.kind).toBe('request')
    expect(error.message).toContain('Recurring invoice is locked for approval')
  })

  it('undoes a change with the same call and the old values', async () => {
    const server = haloServer()
    const before = await lineOf(server, '3101')
    const { after } = await haloAdapter.applyBillingChange(client(server).http, {
      line: before,
      quantity: 25,
    })
    const undo = haloAdapter.undoOf(after, before)
    expect('reason' in undo).toBe(false)
    if ('reason' in undo) return
    const applied = await haloAdapter.applyBillingChange(client(server).http, undo)
    expect(applied.after.quantity).toBe(23)
  })
})
