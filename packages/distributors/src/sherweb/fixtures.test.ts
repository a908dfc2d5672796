import { describe, expect, it } from 'vitest'
import {
  fixtureClient as client,
  fixture,
  json,
  KEY,
  SECRET,
  type Seen,
} from '../testing/sherweb/serve-fixtures'
import { sherwebAdapter } from './index'

describe('Sherweb adapter against the documented fixtures', () => {
  it('exchanges client credentials with scope service-provider and sends the subscription key on every call', async () => {
    const { http, seen } = client()
    await sherwebAdapter.listCustomers(http)
    expect(seen.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([
      'POST /auth/oidc/connect/token',
      'GET /service-provider/v1/customers',
    ])
    const [token, customers] = seen as [Seen, Seen]
    const form = new URLSearchParams(token.body)
    expect(form.get('grant_type')).toBe('client_credentials')
    expect(form.get('scope')).toBe('service-provider')
    expect(form.get('client_id')).toBe('fixture-client')
    expect(form.get('client_secret')).toBe(SECRET)
    expect(token.headers.get('ocp-apim-subscription-key')).toBe(KEY)
    expect(customers.headers.get('ocp-apim-subscription-key')).toBe(KEY)
    expect(customers.headers.get('authorization')).toBe(
      `Bearer ${JSON.parse(fixture('token.json')).access_token}`,
    )
  })

  it('logs in once for a whole listing, reusing the cached token', async () => {
    const { http, seen } = client()
    await sherwebAdapter.listSubscriptions(http)
    expect(seen.filter((s) => s.url.pathname.endsWith('/token'))).toHaveLength(1)
  })

  it('lists customers with status from suspendedOn and no address, since Sherweb has none', async () => {
    const { http } = client()
    const listing = await sherwebAdapter.listCustomers(http)
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        {
          externalId: 'aaaaaaaa-1111-4222-8333-444444444444',
          name: 'Fabrikam Legal',
          status: 'active',
        },
        {
          externalId: 'bbbbbbbb-1111-4222-8333-444444444444',
          name: 'Northwind Dental',
          status: 'active',
        },
        {
          externalId: 'cccccccc-1111-4222-8333-444444444444',
          name: 'Old Mill Bakery',
          status: 'suspended',
        },
      ],
    })
  })

  it('normalises an annual commitment billed monthly, with renewal, fee and currency', async () => {
    const { http } = client()
    const listing = await sherwebAdapter.listSubscriptions(
      http,
      'aaaaaaaa-1111-4222-8333-444444444444',
    )
    expect(listing.complete).toBe(true)
    expect(listing.items[0]).toStrictEqual({
      externalId: 'd1d1d1d1-0000-4000-8000-000000000001',
      customerExternalId: 'aaaaaaaa-1111-4222-8333-444444444444',
      name: 'Microsoft 365 Business Premium',
      sku: 'CFQ7TTC0LCHC:0002:P1Y:P1M',
      status: 'active',
      trial: false,
      quantity: 25,
      startDate: '2024-07-01',
      billingCycle: 'monthly',
      termMonths: 12,
      contractEndDate: '2025-06-30',
      autoRenew: true,
      unitPrice: 33,
      currency: 'CAD',
    })
  })

  it('reads a monthly term without renewal configuration as not auto-renewing', async () => {
    const { http } = client()
    const { items } = await sherwebAdapter.listSubscriptions(
      http,
      'aaaaaaaa-1111-4222-8333-444444444444',
    )
    expect(items[1]).toMatchObject({
      termMonths: 1,
      contractEndDate: '2025-03-09',
      autoRenew: false,
      unitPrice: 5.4,
    })
    expect(items[1]?.endDate).toBeUndefined()
    expect(items[1]?.unitCost).toBeUndefined()
  })

  it('leaves term, dates, renewal and prices unset for a pay-as-you-go subscription without fees or commitment', async () => {
    const { http } = client()
    const { items } = await sherwebAdapter.listSubscriptions(
      http,
      'aaaaaaaa-1111-4222-8333-444444444444',
    )
    expect(items[2]).toStrictEqual({
      externalId: 'd1d1d1d1-0000-4000-8000-000000000003',
      customerExternalId: 'aaaaaaaa-1111-4222-8333-444444444444',
      name: 'Acronis Cyber Protect Cloud - Backup',
      sku: 'ACR-BKP-PAYG',
      status: 'active',
      trial: false,
      quantity: 1,
      startDate: '2023-11-21',
      billingCycle: 'monthly',
    })
  })

  it('fans out one subscriptions call per customer and marks a suspended customer\u2019s subscriptions suspended', async () => {
    const { http, seen } = client((call) =>
      call.url.searchParams.get('customerId')?.startsWith('cccccccc')
        ? json(fixture('subscriptions-customer-a.json'))
        : undefined,
    )
    const listing = await sherwebAdapter.listSubscriptions(http)
    const asked = seen
      .filter((s) => s.url.pathname.endsWith('/subscriptions'))
      .map((s) => s.url.searchParams.get('customerId'))
    expect(asked.sort()).toEqual([
      'aaaaaaaa-1111-4222-8333-444444444444',
      'bbbbbbbb-1111-4222-8333-444444444444',
      'cccccccc-1111-4222-8333-444444444444',
    ])
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(6)
    const statuses = listing.items.map((s) => `${s.customerExternalId.slice(0, 1)}:${s.status}`)
    expect(statuses).toEqual([
      'a:active',
      'a:active',
      'a:active',
      'c:suspended',
      'c:suspended',
      'c:suspended',
    ])
  })
})
