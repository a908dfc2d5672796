import { describe, expect, it } from 'vitest'
import { alsoAdapter } from './index'
import {
  FIXTURE_LOGIN,
  FIXTURE_TOKEN,
  faultXml,
  readFixture,
  serveAlsoFixtures,
  type Override,
} from '../testing/also/serve-fixtures'
import { alsoTestClient } from '../testing/also/test-client'
import { failure as caught } from '../testing/failure'

const credentials = {
  config: { marketplace: 'test', username: FIXTURE_LOGIN.username },
  secrets: { password: FIXTURE_LOGIN.password },
}

function client(override?: Override) {
  const server = serveAlsoFixtures(override)
  return { http: alsoTestClient(server.fetch, credentials), requests: server.requests }
}

function camelCased(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCased)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key.charAt(0).toLowerCase() + key.slice(1),
      camelCased(v),
    ]),
  )
}

describe('ALSO adapter against the shared fixtures', () => {
  it('logs in with GetSessionToken and sends the session as "Authenticate: CCPSessionId <token>"', async () => {
    const { http, requests } = client()
    await alsoAdapter.listCustomers(http)
    expect(requests[0]).toMatchObject({ path: '/GetSessionToken', body: FIXTURE_LOGIN })
    expect(requests.slice(1).map((r) => r.headers.get('Authenticate'))).toEqual([
      `CCPSessionId ${FIXTURE_TOKEN}`,
      `CCPSessionId ${FIXTURE_TOKEN}`,
    ])
    expect(requests.slice(1).map((r) => [r.path, r.body])).toEqual([
      ['/GetCompany', {}],
      ['/GetCompanies', { parentAccountId: 315818 }],
    ])
  })

  it('normalises companies: one Address line, ISO country, domain, VAT id and account states', async () => {
    const { http } = client()
    const listing = await alsoAdapter.listCustomers(http)
    expect(listing).toMatchObject({ complete: true, problems: [] })
    const [fabrikam, tailspin, muehle] = listing.items
    expect(fabrikam).toEqual({
      externalId: '400101',
      name: 'Fabrikam Rechtsanwälte GmbH',
      status: 'active',
      address: { line1: 'Hauptstraße 12', city: 'Berlin', postcode: '10115', country: 'DE' },
      domain: 'fabrikam-ra.de',
      taxId: 'DE123456789',
    })
    // Only a country and no street: no address at all, so an import never blanks a main site.
    expect(tailspin).toEqual({
      externalId: '400102',
      name: 'Tailspin Startup UG',
      status: 'active',
    })
    expect(muehle).toMatchObject({
      externalId: '400103',
      status: 'suspended',
      domain: 'altemuehle.example',
    })
  })

  it('normalises subscriptions: Quantity field, buy/sell prices, NCE term and billing, dates', async () => {
    const { http, requests } = client()
    const listing = await alsoAdapter.listSubscriptions(http, '400101')
    expect(requests.at(-1)).toMatchObject({
      path: '/GetSubscriptions',
      body: { parentAccountId: 400101, excludeUserLevel: true },
    })
    expect(listing.complete).toBe(true)
    const [premium, basic] = listing.items
    expect(premium).toEqual({
      externalId: '500201',
      customerExternalId: '400101',
      name: 'Microsoft 365 Business Premium (NCE, annual, monthly billing)',
      sku: 'CFQ7TTC0LCHC:0002',
      status: 'active',
      trial: false,
      quantity: 25,
      contractEndDate: '2025-06-30',
      billingCycle: 'monthly',
      termMonths: 12,
      unitCost: 18.6,
      unitPrice: 20.6,
      currency: 'EUR',
    })
    // Terminated is cancelled; its scheduled termination is the end date; no material number, no term.
    expect(basic).toEqual({
      externalId: '500202',
      customerExternalId: '400101',
      name: 'Microsoft 365 Business Basic (NCE, monthly)',
      sku: 'CFQ7TTC0LH18:0001',
      status: 'cancelled',
      trial: false,
      quantity: 10,
      endDate: '2024-12-31',
      contractEndDate: '2024-12-31',
      unitCost: 5.6,
      unitPrice: 6.2,
      currency: 'EUR',
    })
  })

  it('lists every company’s subscriptions, one GetSubscriptions call per company', async () => {
    const { http, requests } = client()
    const listing = await alsoAdapter.listSubscriptions(http)
    expect(listing.items.map((s) => s.externalId)).toEqual(['500201', '500202'])
    expect(listing.complete).toBe(true)
    const asked = requests
      .filter((r) => r.path === '/GetSubscriptions')
      .map((r) => r.body.parentAccountId)
    expect(asked.sort()).toEqual([400101, 400102, 400103])
  })

  it('reads camelCase keys the same as PascalCase ones', async () => {
    const camel: Override = (req) =>
      req.path === '/GetCompanies'
        ? { text: JSON.stringify(camelCased(JSON.parse(readFixture('companies.json')))) }
        : req.path === '/GetSubscriptions'
          ? {
              text: JSON.stringify(
                camelCased(JSON.parse(readFixture('subscriptions-company-400101.json'))),
              ),
            }
          : undefined
    const plain = client()
    const variant = client(camel)
    expect(await alsoAdapter.listCustomers(variant.http)).toEqual(
      await alsoAdapter.listCustomers(plain.http),
    )
    expect(await alsoAdapter.listSubscriptions(variant.http, '400101')).toEqual(
      await alsoAdapter.listSubscriptions(plain.http, '400101'),
    )
  })

  it('logs in again when a call answers the invalid-session fault, with 500 or with 200', async () => {
    for (const status of [500, 200]) {
      let expired = false
      const { http, requests } = client((req) => {
        if (req.path !== '/GetCompanies' || expired) return undefined
        expired = true
        return { status, text: readFixture('fault-invalid-session.xml'), type: 'application/xml' }
      })
      const listing = await alsoAdapter.listCustomers(http)
      expect(listing.items).toHaveLength(3)
      expect(requests.filter((r) => r.path === '/GetSessionToken')).toHaveLength(2)
    }
  })

  it('reads the XML fault: its code and message, whether the session expired, and a Sender fault as a refused request', () => {
    const reading = alsoAdapter.readError?.({
      status: 500,
      headers: new Headers(),
      text: readFixture('fault-invalid-session.xml'),
    })
    expect(reading).toEqual({
      detail: 'Sender fault: Session is expired or invalid.',
      sessionExpired: true,
    })
    const other = alsoAdapter.readError?.({
      status: 400,
      headers: new Headers(),
      text: faultXml('Account 9 was not found.'),
    })
    expect(other).toEqual({ detail: 'Sender fault: Account 9 was not found.' })
    expect(
      alsoAdapter.readError?.({
        status: 502,
        headers: new Headers(),
        text: '<html>Bad gateway</html>',
      }),
    ).toBeUndefined()
  })

  it('refuses wrong credentials with an auth error that names where to check, never the password', async () => {
    const server = serveAlsoFixtures()
    const http = alsoTestClient(server.fetch, {
      ...credentials,
      secrets: { password: 'wrong-password-5521' },
    })
    const error = await caught(alsoAdapter.listCustomers(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('Reseller Admin')
    expect(error.message).toContain('Invalid username or password.')
    expect(error.message).not.toContain('wrong-password-5521')
    expect(server.requests.map((r) => r.path)).toEqual(['/GetSessionToken'])
  })

  it('stops with a contract error naming the call and the field when a company has no name', async () => {
    const { http } = client((req) => {
      if (req.path !== '/GetCompanies') return undefined
      const companies = JSON.parse(readFixture('companies.json'))
      delete companies[1].CompanyName
      return { text: JSON.stringify(companies) }
    })
    const error = await caught(alsoAdapter.listCustomers(http))
    expect(error).toMatchObject({
      kind: 'contract',
      distributor: 'also',
      call: 'POST GetCompanies',
      field: '[1].CompanyName',
    })
    expect(error.message).toContain('[1].CompanyName is missing')
  })

  it('leaves out a subscription whose seat count is not a number, naming it, and reports the listing incomplete', async () => {
    const { http } = client((req) => {
      if (req.path !== '/GetSubscriptions') return undefined
      const subscriptions = JSON.parse(readFixture('subscriptions-company-400101.json'))
      subscriptions[1].Fields[0].Value = 'many'
      return { text: JSON.stringify(subscriptions) }
    })
    const listing = await alsoAdapter.listSubscriptions(http, '400101')
    expect(listing.complete).toBe(false)
    expect(listing.items.map((s) => s.externalId)).not.toContain('500202')
    expect(listing.items.length).toBeGreaterThan(0)
    expect(listing.problems.join()).toContain('[1].Fields[0].Value is "many"')
  })

  it('answers Test Configuration with the reseller company and its number of customers', async () => {
    const { http } = client()
    const result = await alsoAdapter.testConfiguration(http)
    expect(result.ok).toBe(true)
    expect(result.message).toBe(
      'Connected to the ALSO Cloud Marketplace as Muster IT-Systemhaus GmbH (account 315818): 3 customers found.',
    )
  })

  it('fails Test Configuration with the ALSO fault message when the account is not accessible', async () => {
    const { http } = client((req) =>
      req.path === '/GetCompanies'
        ? {
            status: 400,
            text: faultXml('Access denied for account 315818.'),
            type: 'application/xml',
          }
        : undefined,
    )
    const error = await caught(alsoAdapter.testConfiguration(http))
    expect(error.kind).toBe('request')
    expect(error.message).toContain('Access denied for account 315818.')
  })
})
