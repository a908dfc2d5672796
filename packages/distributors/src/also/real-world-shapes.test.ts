import { describe, expect, it } from 'vitest'
import {
  faultXml,
  readFixture,
  serveAlsoFixtures,
  FIXTURE_LOGIN,
} from '../testing/also/serve-fixtures'
import type { Override } from '../testing/also/serve-fixtures'
import { alsoTestClient } from '../testing/also/test-client'
import { failure } from '../testing/failure'
import { alsoAdapter } from './index'

// Payloads in the shapes the ALSO SimpleAPI's public clients show (inserveit PHP models: every
// `?type` nullable, ids as integers or numeric strings; go wrapper's sample fault XML; seat
// parameters named per service), plus members the adapter does not read.
const credentials = {
  config: { marketplace: 'test', username: FIXTURE_LOGIN.username },
  secrets: { password: FIXTURE_LOGIN.password },
}

function client(override?: Override) {
  const server = serveAlsoFixtures(override)
  return { http: alsoTestClient(server.fetch, credentials), requests: server.requests }
}

const subscription = (over: Record<string, unknown>) => ({
  ...JSON.parse(readFixture('subscriptions-company-400101.json'))[0],
  ...over,
})
const subscriptionsAre =
  (rows: unknown[]): Override =>
  (req) =>
    req.path === '/GetSubscriptions' ? { text: JSON.stringify(rows) } : undefined

const company = (over: Record<string, unknown>) => ({
  ...JSON.parse(readFixture('companies.json'))[0],
  ...over,
})
const companiesAre =
  (rows: unknown[]): Override =>
  (req) =>
    req.path === '/GetCompanies' ? { text: JSON.stringify(rows) } : undefined

const recurringItem = {
  ChargeType: 'Recurring',
  IsUdrcField: true,
  PurchasePrice: 18.6,
  SalesPrice: 20.6,
  Currency: 'EUR',
  MaterialNumber: 'MS-CFQ7TTC0LCHC-0002-P1Y-P1M',
  FieldName: null,
  ProductNumber: 'CFQ7TTC0LCHC:0002',
}

describe('ALSO adapter against the shapes its public clients show', () => {
  it('leaves out a subscription whose seat field has a name it does not know, naming it, instead of counting one seat', async () => {
    const { http } = client(
      subscriptionsAre([
        subscription({
          Fields: [{ Name: 'Lizenzanzahl', DisplayName: 'Anzahl Lizenzen', Value: 7 }],
          PriceableItems: [recurringItem],
        }),
      ]),
    )
    const listing = await alsoAdapter.listSubscriptions(http, '400101')
    expect(listing.items).toEqual([])
    expect(listing.complete).toBe(false)
    expect(listing.problems.join()).toContain('500201')
    expect(listing.problems.join()).toContain('"Lizenzanzahl"')
  })

  it('reads the seat count from the field a priceable item is charged by, whatever its name, even as a string', async () => {
    const { http } = client(
      subscriptionsAre([
        subscription({
          Fields: [{ Name: 'Lizenzanzahl', DisplayName: null, Value: '12' }],
          PriceableItems: [{ ...recurringItem, FieldName: 'Lizenzanzahl' }],
        }),
      ]),
    )
    const listing = await alsoAdapter.listSubscriptions(http, '400101')
    expect(listing).toMatchObject({ complete: true, problems: [] })
    expect(listing.items[0]).toMatchObject({ externalId: '500201', quantity: 12 })
  })

  it('reads an Azure plan priced by usage only as one plan, not as a missing seat count', async () => {
    const { http } = client(
      subscriptionsAre([
        subscription({
          ProductName: 'Azure plan',
          Fields: [],
          PriceableItems: [{ ...recurringItem, ChargeType: 'Usage', IsUdrcField: false }],
        }),
      ]),
    )
    const listing = await alsoAdapter.listSubscriptions(http, '400101')
    expect(listing.complete).toBe(true)
    expect(listing.items[0]).toMatchObject({ name: 'Azure plan', quantity: 1 })
  })

  it('reports a Sender fault sent with HTTP 500 at once as a refused request with ALSO’s code and reason', async () => {
    const { http, requests } = client((req) =>
      req.path === '/GetSubscriptions'
        ? { status: 500, text: faultXml('Invalid parentAccountId.'), type: 'application/xml' }
        : undefined,
    )
    const error = await failure(alsoAdapter.listSubscriptions(http, '400101'))
    expect(error.kind).toBe('request')
    expect(error.message).toContain('Sender fault: Invalid parentAccountId.')
    expect(error.message).not.toContain('may be down')
    expect(requests.filter((r) => r.path === '/GetSubscriptions')).toHaveLength(1)
  })

  it('still retries a Receiver fault sent with HTTP 500, since ALSO failed on its side', async () => {
    const receiver = faultXml('Internal error.').replace(
      '<Value>Sender</Value>',
      '<Value>Receiver</Value>',
    )
    const { http, requests } = client((req) =>
      req.path === '/GetSubscriptions'
        ? { status: 500, text: receiver, type: 'application/xml' }
        : undefined,
    )
    const error = await failure(alsoAdapter.listSubscriptions(http, '400101'))
    expect(error.kind).toBe('unavailable')
    expect(requests.filter((r) => r.path === '/GetSubscriptions').length).toBeGreaterThan(1)
  })

  it('maps a country given as a name, in English or German, to its ISO code', async () => {
    const { http } = client(
      companiesAre([
        company({ AccountId: 1, Country: 'Switzerland', City: 'Zürich', Zip: 8001 }),
        company({ AccountId: 2, Country: 'Österreich', City: 'Wien', Zip: '1010' }),
      ]),
    )
    const listing = await alsoAdapter.listCustomers(http)
    expect(listing.items.map((c) => c.address?.country)).toEqual(['CH', 'AT'])
    expect(listing.items[0]?.address?.postcode).toBe('8001')
    expect(listing.problems).toEqual([])
  })

  it('names a country it cannot read as a problem and keeps the rest of the address', async () => {
    const { http } = client(companiesAre([company({ AccountId: 3, Country: 'Atlantis' })]))
    const listing = await alsoAdapter.listCustomers(http)
    expect(listing.items[0]?.address).toEqual({
      line1: 'Hauptstraße 12',
      city: 'Berlin',
      postcode: '10115',
    })
    expect(listing.problems.join()).toContain('"Atlantis"')
  })

  it('never takes a free-mail domain as the company’s domain', async () => {
    const { http } = client(
      companiesAre([company({ AccountId: 4, Domain: ['gmx.de', 'Muster-Baeckerei.DE'] })]),
    )
    const [customer] = (await alsoAdapter.listCustomers(http)).items
    expect(customer?.domain).toBe('muster-baeckerei.de')
  })

  it('reads a camelCased company whose nullable members are all null, with a string id, as a bare customer', async () => {
    const { http } = client(
      companiesAre([
        {
          accountId: '400109',
          parentAccountId: 315818,
          accountState: 'Active',
          companyName: ' Contoso Kft ',
          vatId: null,
          domain: null,
          currency: null,
          address: null,
          city: null,
          country: null,
          zip: null,
          mpnId: null,
          numericId: '400109',
        },
      ]),
    )
    const listing = await alsoAdapter.listCustomers(http)
    expect(listing).toEqual({
      items: [{ externalId: '400109', name: 'Contoso Kft', status: 'active' }],
      complete: true,
      problems: [],
    })
  })

  it('reads an AccountState it does not know as suspended and says so', async () => {
    const { http } = client(
      subscriptionsAre([subscription({ AccountState: 'PendingMigration', NewField: { a: 1 } })]),
    )
    const listing = await alsoAdapter.listSubscriptions(http, '400101')
    expect(listing.items[0]).toMatchObject({ status: 'suspended', quantity: 25 })
    expect(listing.problems.join()).toContain('"PendingMigration"')
  })
})
