import { describe, expect, it } from 'vitest'
import { rhipeAdapter } from './index'
import { rhipeFixtureClient } from '../testing/rhipe/fixture-client'
import { FIXTURE_CLIENT } from '../testing/rhipe/serve-fixtures'

const client = rhipeFixtureClient

describe('Rhipe adapter against the PRISM fixtures', () => {
  it('normalises a customer with a full address, web site, tenant and ABN', async () => {
    const { http } = client()
    const listing = await rhipeAdapter.listCustomers(http)
    expect(listing.complete).toBe(true)
    expect(listing.problems).toEqual([])
    expect(listing.items[0]).toEqual({
      externalId: '310001',
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
      tenantId: '3f2b7c1e-0a4d-4f5e-9c8b-1a2b3c4d5e6f',
      taxId: '51824753556',
    })
  })

  it('leaves out every part a customer without an address, site or agreement does not have', async () => {
    const { http } = client()
    const listing = await rhipeAdapter.listCustomers(http)
    expect(listing.items[1]).toEqual({
      externalId: '310002',
      name: 'Tailspin Startup',
      status: 'active',
    })
  })

  it('reads IsActive false as suspended and takes the domain from the notification e-mail', async () => {
    const { http } = client()
    const listing = await rhipeAdapter.listCustomers(http)
    expect(listing.items[2]).toEqual({
      externalId: '310003',
      name: 'Old Mill Bakery',
      status: 'suspended',
      address: {
        line1: '99 Mill Rd',
        city: 'Melbourne',
        region: 'VIC',
        postcode: '3000',
        country: 'AU',
      },
      domain: 'oldmill.example',
      tenantId: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5',
    })
  })

  it('asks for deactivated customers too, with a client-credentials token of scope rhipeapi', async () => {
    const { http, fetch } = client()
    await rhipeAdapter.listCustomers(http)
    const [token, customers] = fetch.calls
    expect(token?.url.href).toBe('https://identity.prismportal.online/core/connect/token')
    expect(Object.fromEntries(new URLSearchParams(token?.body ?? ''))).toEqual({
      grant_type: 'client_credentials',
      client_id: FIXTURE_CLIENT.clientId,
      client_secret: FIXTURE_CLIENT.clientSecret,
      scope: 'rhipeapi',
    })
    expect(customers?.url.searchParams.get('includeDeactivatedCustomers')).toBe('true')
  })

  it('reads term and billing from the NCE product id and keeps the purchase date as written in Sydney', async () => {
    const { http } = client()
    const listing = await rhipeAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(3)
    expect(listing.items[0]).toEqual({
      externalId: '6e5d4c3b-2a19-4f8e-8d7c-6b5a49382716',
      customerExternalId: '310001',
      name: 'Microsoft 365 E3',
      sku: 'CFQ7TTC0LFLX:0001',
      status: 'active',
      quantity: 25,
      startDate: '2024-07-01',
      billingCycle: 'monthly',
      termMonths: 12,
    })
    // 2023-01-01T00:00+10:00 is 2022-12-31 in UTC: the date PRISM wrote is the one kept.
    expect(listing.items[1]).toMatchObject({
      status: 'suspended',
      startDate: '2023-01-01',
      termMonths: 1,
      sku: 'CFQ7TTC0LH18:0001',
    })
  })

  it('lists an Azure plan without a term, and sets no price, end date or renewal PRISM does not give', async () => {
    const { http } = client()
    const azure = (await rhipeAdapter.listSubscriptions(http)).items[2]
    expect(azure).toEqual({
      externalId: '4747c81c-54f8-4c7a-9d00-2253eb50ebef',
      customerExternalId: '310001',
      name: 'Azure plan',
      sku: 'DZH318Z0BPS6:0001',
      status: 'active',
      quantity: 1,
      startDate: '2022-03-02',
      billingCycle: 'monthly',
    })
  })

  it('reads a contract agreement shared by two customers once', async () => {
    const { http, fetch } = client()
    await rhipeAdapter.listSubscriptions(http)
    const tenantCalls = fetch.calls.filter((c) => c.url.pathname.endsWith('/tenants'))
    expect(tenantCalls.map((c) => c.url.pathname)).toEqual([
      '/api/v2/contractagreements/880001/tenants',
    ])
  })

  it("lists one customer's subscriptions, and none for a customer without agreements", async () => {
    const { http, fetch } = client()
    expect((await rhipeAdapter.listSubscriptions(http, '310001')).items).toHaveLength(3)
    const before = fetch.calls.length
    const none = await rhipeAdapter.listSubscriptions(http, '310002')
    expect(none).toEqual({ items: [], complete: true, problems: [] })
    expect(fetch.calls.length - before).toBe(1)
  })

  it('reports a customer PRISM no longer lists as an incomplete listing', async () => {
    const { http } = client()
    const listing = await rhipeAdapter.listSubscriptions(http, '999999')
    expect(listing.complete).toBe(false)
    expect(listing.problems[0]).toContain('999999')
  })

  it('logs in once for several listings while the token is fresh', async () => {
    const { http, fetch } = client()
    await rhipeAdapter.listCustomers(http)
    await rhipeAdapter.listSubscriptions(http)
    expect(fetch.calls.filter((c) => c.url.pathname === '/core/connect/token')).toHaveLength(1)
  })

  it('renews the token a minute before PRISM says it expires, not earlier', async () => {
    let clock = 1_000_000
    const { http, fetch } = rhipeFixtureClient(undefined, undefined, () => clock)
    const logins = () => fetch.calls.filter((c) => c.url.pathname === '/core/connect/token').length
    await rhipeAdapter.listCustomers(http)
    clock += 3_600_000 - 61_000 // token.json: expires_in 3600
    await rhipeAdapter.listCustomers(http)
    expect(logins()).toBe(1)
    clock += 2_000
    await rhipeAdapter.listCustomers(http)
    expect(logins()).toBe(2)
  })
})
