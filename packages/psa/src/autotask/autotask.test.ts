import { failureOf } from '../testing/failure-of'
import { createDirectHttp } from '@seatkeeper/distributors'
import { json } from '@seatkeeper/distributors/testing'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { atFixtureText, atServer } from '../testing/at-fixtures'
import { autotaskAdapter, findAutotaskZone } from './index'

const config = {
  userName: 'api@contosomsp.example',
  integrationCode: 'TRACKING-ID-27-CHARS-000000',
  zone: 'webservices15',
}

function client(server: ReturnType<typeof atServer>, secret = 'CANARY-at-s3cret') {
  return createDirectHttp({
    adapter: autotaskAdapter,
    credentials: { config, secrets: { secret } },
    fetch: server.fetch,
    cacheKey: 'at-1',
    sleep: async () => {},
    random: () => 1,
    retry: { baseDelayMs: 10, maxDelayMs: 100, maxAttempts: 2, budgetMs: 1_000 },
  })
}

// The sample answers' billing period is March 2025.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2025-03-10T09:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('Autotask connection', () => {
  it('finds the zone from the API user with the unauthenticated zone lookup', async () => {
    const seen: string[] = []
    const fetch = async (input: Request | string | URL) => {
      seen.push(String(input))
      return json(atFixtureText('zoneinformation.json'))
    }
    expect(await findAutotaskZone(fetch, ' api@contosomsp.example ')).toBe('webservices15')
    expect(seen).toEqual([
      'https://webservices.autotask.net/ATServicesRest/V1.0/ZoneInformation?user=api%40contosomsp.example',
    ])
  })

  it('says to check the user name when the zone lookup does not know it', async () => {
    const error = await failureOf(
      findAutotaskZone(async () => new Response('error', { status: 500 }), 'nobody'),
    )
    expect(error.message).toMatch(/does not know the API user "nobody"/)
  })

  it('refuses a zone that is not an Autotask webservices host', () => {
    expect(autotaskAdapter.endpoints({ zone: 'webservices15' }).baseUrl).toBe(
      'https://webservices15.autotask.net/ATServicesRest/V1.0',
    )
    expect(() => autotaskAdapter.endpoints({ zone: 'evil.example' })).toThrow(
      /is not an Autotask zone/,
    )
  })

  it('reports how much of the shared hourly allowance is used', async () => {
    const result = await autotaskAdapter.testConfiguration(client(atServer()))
    expect(result.message).toMatch(
      /^Connected to Autotask: [\d,]+ of 10,000 requests this hour used by all integrations \(\d+%\)\.$/,
    )
  })

  it('says what to check when the headers are refused, and never echoes the secret', async () => {
    const error = await failureOf(
      autotaskAdapter.testConfiguration(client(atServer(), 'CANARY-wrong')),
    )
    expect(error.kind).toBe('auth')
    expect(error.message).toMatch(/locks an API user after repeated failures/)
    expect(JSON.stringify(error)).not.toContain('CANARY')
  })
})

describe('Autotask listings', () => {
  it('lists companies over nextPageUrl, re-posting the same query', async () => {
    const server = atServer()
    const listing = await autotaskAdapter.listCompanies(client(server))
    expect(listing.items.map((c) => c.name)).toEqual([
      'Fabrikam Legal',
      'Northwind Dental',
      'Tailspin Startup',
    ])
    const [first, second] = server.seen.filter((s) => s.url.pathname.includes('/Companies/'))
    expect(second!.url.pathname).toBe('/ATServicesRest/V1.0/Companies/query/next')
    expect(second!.body).toBe(first!.body)
  })

  it('reads a next page named on another host from its own zone, never sending the headers away', async () => {
    const server = atServer((seen) =>
      seen.url.pathname.endsWith('/Companies/query')
        ? json(
            JSON.stringify({
              items: [],
              pageDetails: {
                nextPageUrl:
                  'https://collector.evil.example/ATServicesRest/V1.0/Companies/query/next',
              },
            }),
          )
        : undefined,
    )
    const listing = await autotaskAdapter.listCompanies(client(server))
    expect(listing.items.map((c) => c.name)).toEqual(['Tailspin Startup'])
    expect(server.seen.some((s) => s.url.hostname.endsWith('evil.example'))).toBe(false)
  })

  it('stops with an error naming the field when the next page is outside the API', async () => {
    const server = atServer((seen) =>
      seen.url.pathname.endsWith('/Companies/query')
        ? json(
            JSON.stringify({
              items: [],
              pageDetails: { nextPageUrl: 'https://webservices15.autotask.net/elsewhere' },
            }),
          )
        : undefined,
    )
    const error = await failureOf(autotaskAdapter.listCompanies(client(server)))
    expect(error.field).toBe('pageDetails.nextPageUrl')
  })

  it("reads each service's quantity from the units row covering today, with the catalog's SKU", async () => {
    const listing = await autotaskAdapter.listBillingLines(client(atServer()))
    expect(listing.complete).toBe(true)
    expect(
      listing.items.map((l) => [l.externalId, l.description, l.quantity, l.unitPrice, l.unitCost]),
    ).toEqual([
      ['301', 'Microsoft 365 Business Premium', 23, 33, 28.6],
      ['302', 'Exchange Online (Plan 1)', 3, 6, 5.1],
      ['303', 'Microsoft 365 Business Basic', 10, 9, 7.8],
      ['304', 'Microsoft Teams Phone Standard', 4, 9, 11.2],
    ])
    expect(listing.items[0]).toMatchObject({
      companyExternalId: '29683501',
      itemCode: 'CFQ7TTC0LCHC:0002',
      period: 'monthly',
      inactive: false,
    })
  })
})

describe('Autotask write-back', () => {
  const lineOf = async (server: ReturnType<typeof atServer>, id: string) =>
    (await autotaskAdapter.listBillingLines(client(server))).items.find((l) => l.externalId === id)!

  it('posts a signed delta with a date-only effective date and confirms the new units', async () => {
    const server = atServer()
    const line = await lineOf(server, '301')
    const applied = await autotaskAdapter.applyBillingChange(client(server), {
      line,
      quantity: 25,
      effectiveDate: '2025-03-05',
    })
    expect(JSON.parse(server.writes[0]!.body)).toEqual({
      contractID: 29684101,
      contractServiceID: 301,
      serviceID: 41,
      unitChange: 2,
      effectiveDate: '2025-03-05T00:00:00.00',
      adjustedUnitPrice: 33,
      adjustedUnitCost: 28.6,
    })
    expect(applied.after.quantity).toBe(25)
  })

  it('stops billing with an adjustment to 0 units, and undo is an opposite adjustment', async () => {
    const server = atServer()
    const before = await lineOf(server, '303')
    const plan = autotaskAdapter.planBillingChange({ line: before, inactive: true })
    expect(plan.ok && plan.writes[0]!.explanation).toMatch(
      /cannot be deleted: undoing this posts an opposite adjustment/,
    )
    const { after } = await autotaskAdapter.applyBillingChange(client(server), {
      line: before,
      inactive: true,
    })
    expect(after).toMatchObject({ quantity: 0, inactive: true })
    const undo = autotaskAdapter.undoOf(after, before)
    if ('reason' in undo) throw new Error(undo.reason)
    const restored = await autotaskAdapter.applyBillingChange(client(server), undo)
    expect(restored.after.quantity).toBe(10)
    expect(server.writes.map((w) => JSON.parse(w.body).unitChange)).toEqual([-10, 10])
  })

  it('says what Autotask said when it refuses the adjustment', async () => {
    const server = atServer((seen) =>
      seen.url.pathname.endsWith('/ContractServiceAdjustments')
        ? json(atFixtureText('error-400.json'), 400)
        : undefined,
    )
    const line = await lineOf(server, '303')
    const error = await failureOf(
      autotaskAdapter.applyBillingChange(client(server), { line, quantity: 5 }),
    )
    expect(error.kind).toBe('request')
    expect(error.message).toContain('cannot be reduced below zero')
  })

  it('reads a permission failure sent as 500 as a missing permission, not an outage', async () => {
    const server = atServer((seen) =>
      seen.url.pathname.endsWith('/ContractServiceAdjustments')
        ? json(atFixtureText('error-500-permission.json'), 500)
        : undefined,
    )
    const line = await lineOf(server, '301')
    const error = await failureOf(
      autotaskAdapter.applyBillingChange(client(server), { line, quantity: 25 }),
    )
    expect(error.kind).toBe('forbidden')
    expect(
      server.seen.filter((s) => s.url.pathname.endsWith('/ContractServiceAdjustments')),
    ).toHaveLength(1)
  })
})
