import { describe, expect, it } from 'vitest'
import { createDirectHttp } from '../http/create-direct-http'
import { dickerdataAdapter } from '.'
import {
  FIXTURE_CREDENTIALS,
  serveDickerDataFixtures,
  type DickerDataFixtureServer,
} from '../testing/dickerdata/serve-fixtures'
import { failure } from '../testing/failure'

const FABRIKAM = '3f2b7c1e-0a4d-4f5e-9c8b-1a2b3c4d5e6f'
const NORTHWIND = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'

function connect(server: DickerDataFixtureServer, credentials = FIXTURE_CREDENTIALS) {
  return createDirectHttp({
    adapter: dickerdataAdapter,
    credentials,
    fetch: server.fetch,
    cacheKey: 'conn-dd-1',
    sleep: async () => {},
    random: () => 0,
    pace: false,
  })
}

describe('Dicker Data adapter against the shared fixtures', () => {
  it('lists the GetTenant rows as importable customers with their tenant and initial domain', async () => {
    const listing = await dickerdataAdapter.listCustomers(connect(serveDickerDataFixtures()))
    expect(listing.complete).toBe(true)
    expect(listing.problems).toEqual([])
    expect(listing.items).toEqual([
      {
        externalId: FABRIKAM,
        name: 'Fabrikam Legal',
        status: 'active',
        tenantId: FABRIKAM,
        domain: 'fabrikamlegal.onmicrosoft.com',
      },
      {
        externalId: NORTHWIND,
        name: 'Northwind Dental',
        status: 'active',
        tenantId: NORTHWIND,
        domain: 'northwinddental.onmicrosoft.com',
      },
    ])
    // No address, tax id or importable flag is invented for them.
    for (const customer of listing.items) {
      expect(customer.address).toBeUndefined()
      expect(customer.taxId).toBeUndefined()
      expect(customer.importable).toBeUndefined()
    }
  })

  it('marks a customer without a CSP tenant as not importable, with the reason', async () => {
    const server = serveDickerDataFixtures({
      override: (file, json) => {
        if (file !== 'gettenant.json') return json
        json.Out.push({
          AccountCode: '123456',
          TenantId: null,
          CompanyName: 'Contoso Bakery',
          TenantDescription: null,
          SubscriptionType: 'CSP',
        })
        return json
      },
    })
    const listing = await dickerdataAdapter.listCustomers(connect(server))
    const contoso = listing.items.find((c) => c.name === 'Contoso Bakery')
    expect(contoso).toBeDefined()
    expect(contoso?.tenantId).toBeUndefined()
    expect(contoso?.externalId).toBe('no-tenant:contoso bakery')
    expect(contoso?.importable?.ok).toBe(false)
    expect(contoso?.importable?.reason).toMatch(/No CSP tenant is assigned/)
    expect(listing.complete).toBe(true)
  })

  it('normalises a 1-year commitment billed monthly: term from the P1Y prefix, cycle from BillingFrequency', async () => {
    const listing = await dickerdataAdapter.listSubscriptions(connect(serveDickerDataFixtures()))
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(3)
    expect(listing.items[0]).toEqual({
      externalId: '6e5d4c3b-2a19-4f8e-8d7c-6b5a49382716',
      customerExternalId: FABRIKAM,
      name: 'Microsoft 365 Business Premium',
      sku: 'CFQ7TTC0LCHC:0002',
      status: 'active',
      trial: false,
      quantity: 25,
      contractEndDate: '2025-06-30',
      billingCycle: 'monthly',
      termMonths: 12,
    })
  })

  it('reads the non-ACTIVE statuses and keeps the confirmed quantity as given', async () => {
    const [, suspended, cancelled] = (
      await dickerdataAdapter.listSubscriptions(connect(serveDickerDataFixtures()))
    ).items
    expect(suspended).toMatchObject({
      status: 'suspended',
      quantity: 2,
      termMonths: 1,
      billingCycle: 'monthly',
      sku: 'CFQ7TTC0LH1G:0001',
    })
    expect(suspended?.contractEndDate).toBe('2025-01-31')
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      quantity: 0,
      customerExternalId: NORTHWIND,
      contractEndDate: '2024-12-31',
    })
  })

  it('leaves price, cost, currency and start date undefined because the rows carry none', async () => {
    const { items } = await dickerdataAdapter.listSubscriptions(connect(serveDickerDataFixtures()))
    for (const subscription of items) {
      expect(subscription.unitPrice).toBeUndefined()
      expect(subscription.unitCost).toBeUndefined()
      expect(subscription.currency).toBeUndefined()
      expect(subscription.startDate).toBeUndefined()
    }
  })

  it('reads a trial from "TRIAL" in StockDescription, as the public client does', async () => {
    const server = serveDickerDataFixtures({
      override: (file, json) => {
        if (file === 'subscriptiondetails.json')
          json.Out[0].StockDescription = 'MS NCE M365 BUSINESS PREMIUM TRIAL 1MTH'
        return json
      },
    })
    const [first, second] = (await dickerdataAdapter.listSubscriptions(connect(server))).items
    expect(first?.trial).toBe(true)
    expect(second?.trial).toBe(false)
  })

  it("asks for one customer's subscriptions by TenantID and returns only that tenant's rows", async () => {
    const server = serveDickerDataFixtures()
    const listing = await dickerdataAdapter.listSubscriptions(connect(server), NORTHWIND)
    expect(listing.items.map((s) => s.externalId)).toEqual(['8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d'])
    const call = server.requests.find((r) => r.path === '/api/Subscriptions/GetSubscriptionDetails')
    expect(call?.body).toEqual({ In: { SubscriptionType: 'CSP', TenantID: NORTHWIND } })
  })

  it('exchanges the token once and sends Bearer key, a fresh DD-TransactionID and DD-ApiVersion v1 on every call', async () => {
    const server = serveDickerDataFixtures()
    const http = connect(server)
    await dickerdataAdapter.listCustomers(http)
    await dickerdataAdapter.listSubscriptions(http)
    const exchanges = server.requests.filter((r) => r.path === '/api/AccessKeyRequest')
    expect(exchanges).toHaveLength(1)
    expect(exchanges[0]?.body).toMatchObject({
      AccessToken: FIXTURE_CREDENTIALS.secrets.apiToken,
      AccountCode: '123456',
    })
    expect(exchanges[0]?.body.TransactionID).toMatch(/^[0-9a-f-]{36}$/)
    const reads = server.requests.filter((r) => r.path !== '/api/AccessKeyRequest')
    // GetTenant for the customers; GetTenant again and GetSubscriptionDetails for the subscriptions
    // (the second GetTenant tells each tenant id's spelling, which the customers' ids keep).
    expect(reads).toHaveLength(3)
    for (const read of reads) {
      expect(read.method).toBe('POST')
      expect(read.headers.get('authorization')).toBe(
        'Bearer dd-ak-7f3e9c1a4b2d4e6f8a0b1c2d3e4f5a6b',
      )
      expect(read.headers.get('dd-apiversion')).toBe('v1')
      expect(read.headers.get('dd-transactionid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/)
      expect(read.headers.get('content-type')).toMatch(/application\/json/)
    }
    expect(reads[0]?.headers.get('dd-transactionid')).not.toBe(
      reads[1]?.headers.get('dd-transactionid'),
    )
  })

  it.each([200, 401])(
    'refuses a wrong API token answered with status %i and DENIED as an auth error with the hint, never the token',
    async (status) => {
      const secret = 'deadbeef-0000-4000-8000-0000c0ffee00'
      const server = serveDickerDataFixtures({ deniedStatus: status })
      const http = connect(server, { ...FIXTURE_CREDENTIALS, secrets: { apiToken: secret } })
      const error = await failure(dickerdataAdapter.listCustomers(http))
      expect(error.kind).toBe('auth')
      expect(error.distributor).toBe('dickerdata')
      expect(error.message).toContain('Account Manager')
      expect(error.message).not.toContain(secret)
      expect(JSON.stringify(error.toJSON())).not.toContain(secret)
    },
  )

  it('reports a subscription row without SubscriptionId as a contract error naming distributor, call and field', async () => {
    const server = serveDickerDataFixtures({
      override: (file, json) => {
        if (file === 'subscriptiondetails.json') delete json.Out[1].SubscriptionId
        return json
      },
    })
    const error = await failure(dickerdataAdapter.listSubscriptions(connect(server)))
    expect(error.kind).toBe('contract')
    expect(error.distributor).toBe('dickerdata')
    expect(error.call).toBe('POST /Subscriptions/GetSubscriptionDetails')
    expect(error.field).toBe('Out[1].SubscriptionId')
    expect(error.message).toContain('Dicker Data')
    expect(error.message).toContain('Out[1].SubscriptionId is missing')
  })

  it('reports a GetTenant answer without Out as a contract error rather than an empty customer list', async () => {
    const server = serveDickerDataFixtures({
      override: (file, json) => (file === 'gettenant.json' ? { Result: json.Out } : json),
    })
    const error = await failure(dickerdataAdapter.listCustomers(connect(server)))
    expect(error).toMatchObject({
      kind: 'contract',
      call: 'POST /Subscriptions/GetTenant',
      field: 'Out',
    })
  })

  it('reports an ExpiryDate that is not a date as a contract error naming the field', async () => {
    const server = serveDickerDataFixtures({
      override: (file, json) => {
        if (file === 'subscriptiondetails.json') json.Out[2].ExpiryDate = 'soon'
        return json
      },
    })
    const error = await failure(dickerdataAdapter.listSubscriptions(connect(server)))
    expect(error).toMatchObject({
      kind: 'contract',
      field: 'Out[2].ExpiryDate',
      call: 'POST /Subscriptions/GetSubscriptionDetails',
    })
  })

  it('tests the configuration with the token exchange and GetTenant, and says how many customers it found', async () => {
    const server = serveDickerDataFixtures()
    const result = await dickerdataAdapter.testConfiguration(connect(server))
    expect(result.ok).toBe(true)
    expect(result.message).toBe(
      'Connected to Dicker Data (account 123456): 2 customers with a CSP tenant.',
    )
    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/AccessKeyRequest',
      '/api/Subscriptions/GetTenant',
    ])
  })

  it('fails the configuration test with an auth error when the token is refused', async () => {
    const http = connect(serveDickerDataFixtures(), {
      ...FIXTURE_CREDENTIALS,
      secrets: { apiToken: 'not-the-token' },
    })
    const error = await failure(dickerdataAdapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).not.toContain('not-the-token')
  })
})
