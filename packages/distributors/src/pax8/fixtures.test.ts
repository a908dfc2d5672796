import { describe, expect, it } from 'vitest'
import {
  CLIENT_ID,
  fixtureClient as client,
  fixture,
  FABRIKAM,
  SECRET,
  type Seen,
} from '../testing/pax8/serve-fixtures'
import { pax8Adapter } from './index'

describe('Pax8 adapter against the documented fixtures', () => {
  it('exchanges client credentials as JSON with the api.pax8.com audience, then sends the bearer token', async () => {
    const { http, seen } = client()
    await pax8Adapter.listCustomers(http)
    expect(seen.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`)).toEqual([
      'POST /v1/token',
      'GET /v1/companies?page=0&size=200',
      'GET /v1/companies?page=1&size=200',
    ])
    const [token, companies] = seen as [Seen, Seen]
    expect(token.headers.get('content-type')).toBe('application/json')
    expect(JSON.parse(token.body)).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: SECRET,
      audience: 'https://api.pax8.com',
    })
    expect(companies.headers.get('authorization')).toBe(
      `Bearer ${JSON.parse(fixture('token.json')).access_token}`,
    )
  })

  it('logs in once for both listings, the 24 h token being cached', async () => {
    const { http, seen } = client()
    await pax8Adapter.listCustomers(http)
    await pax8Adapter.listSubscriptions(http)
    expect(seen.filter((s) => s.url.pathname === '/v1/token')).toHaveLength(1)
  })

  it('lists every company across the 0-based pages with status, address, domain and country', async () => {
    const { http } = client()
    const listing = await pax8Adapter.listCustomers(http)
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        {
          externalId: FABRIKAM,
          name: 'Fabrikam Legal',
          status: 'active',
          address: {
            line1: '12 George St',
            line2: 'Level 3',
            city: 'Sydney',
            region: 'NSW',
            postcode: '2000',
            country: 'AU',
          },
          domain: 'fabrikam.example',
        },
        {
          externalId: '0d3f48ae-9764-4b3a-9554-d28fe345230c',
          name: 'Northwind Dental',
          status: 'suspended',
          address: {
            line1: '5 Queen St',
            city: 'Auckland',
            region: 'Auckland',
            postcode: '1010',
            country: 'NZ',
          },
          domain: 'northwind.example',
        },
        {
          externalId: 'd904c896-e19e-4daa-9b73-c992a000ad8a',
          name: 'Tailspin Startup',
          status: 'active',
        },
        {
          externalId: 'e74bc79a-71ce-414e-a8e9-d6a155933f86',
          name: 'Old Mill Bakery',
          status: 'deleted',
          address: {
            line1: '99 Mill Rd',
            city: 'Melbourne',
            region: 'VIC',
            postcode: '3000',
            country: 'AU',
          },
        },
      ],
    })
  })

  it('normalises subscriptions: commitment end, price and partner cost, PendingCancel still live, Cancelled ended', async () => {
    const { http } = client()
    const listing = await pax8Adapter.listSubscriptions(http)
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        {
          externalId: '05c587df-9e7d-4ef9-8218-0262198e36c9',
          customerExternalId: FABRIKAM,
          name: 'Microsoft 365 Business Premium',
          sku: 'CFQ7TTC0LCHC:0002',
          status: 'active',
          trial: false,
          quantity: 25,
          startDate: '2024-07-01',
          contractEndDate: '2025-06-30',
          billingCycle: 'annual',
          termMonths: 12,
          unitPrice: 33,
          unitCost: 28.6,
          currency: 'AUD',
        },
        {
          externalId: 'e8f372b6-e2aa-4f3c-9baa-b34f31c921e5',
          customerExternalId: FABRIKAM,
          name: 'Exchange Online (Plan 1)',
          status: 'active',
          trial: false,
          quantity: 3,
          startDate: '2025-02-10',
          endDate: '2025-03-09',
          billingCycle: 'monthly',
          termMonths: 1,
          unitPrice: 6,
          unitCost: 5.1,
          currency: 'AUD',
        },
        {
          externalId: 'd1758c49-f81c-48af-8f30-e7e93adf6acc',
          customerExternalId: FABRIKAM,
          name: 'Microsoft 365 Business Basic',
          status: 'cancelled',
          trial: false,
          quantity: 10,
          startDate: '2023-01-01',
          endDate: '2024-12-31',
          billingCycle: 'monthly',
          termMonths: 1,
          unitPrice: 9,
          unitCost: 7.8,
          currency: 'AUD',
        },
      ],
    })
  })

  it('lists one company’s subscriptions through companyId', async () => {
    const { http, seen } = client()
    const listing = await pax8Adapter.listSubscriptions(http, FABRIKAM)
    expect(listing.items).toHaveLength(3)
    const calls = seen.filter((s) => s.url.pathname === '/v1/subscriptions')
    expect(calls.map((s) => s.url.searchParams.get('companyId'))).toEqual([FABRIKAM, FABRIKAM])
  })

  it('tests the configuration with one company page of size 1 and says how many companies it sees', async () => {
    const { http, seen } = client()
    const result = await pax8Adapter.testConfiguration(http)
    expect(result.message).toBe('Connected to Pax8: 4 companies visible to this application.')
    expect(seen.at(-1)?.url.search).toBe('?page=0&size=1')
  })
})
