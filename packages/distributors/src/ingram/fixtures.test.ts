import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import {
  fixtureClient as client,
  fixture,
  json,
  KEY,
  PASSWORD,
  type Seen,
} from '../testing/ingram/serve-fixtures'
import { ingramAdapter } from './index'

const path = (s: Seen) => `${s.method} ${s.url.pathname.replace('/marketplace/na', '')}`

describe('Ingram Micro adapter against the sample answers', () => {
  it('signs in with Basic and the subscription key, then sends Bearer and the key on every call', async () => {
    const { http, seen } = client()
    await ingramAdapter.listCustomers(http)
    expect(seen.map(path)).toEqual(['POST /token', 'GET /customers', 'GET /customers'])
    const [token, ...calls] = seen as [Seen, ...Seen[]]
    expect(token.headers.get('authorization')).toBe(
      `Basic ${btoa(`api@contoso-msp.example:${PASSWORD}`)}`,
    )
    expect(token.headers.get('x-subscription-key')).toBe(KEY)
    expect(JSON.parse(token.body)).toEqual({ marketplace: 'us' })
    for (const call of calls) {
      expect(call.headers.get('authorization')).toBe(
        `Bearer ${JSON.parse(fixture('token.json')).token}`,
      )
      expect(call.headers.get('x-subscription-key')).toBe(KEY)
    }
  })

  it('pages customers by the limit the API answered with until the announced total is read', async () => {
    const { http, seen } = client()
    const listing = await ingramAdapter.listCustomers(http)
    expect(seen.slice(1).map((s) => s.url.searchParams.get('offset'))).toEqual(['0', '2'])
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        {
          externalId: '1000275',
          name: 'Fabrikam Legal',
          status: 'active',
          address: {
            line1: '12 George St',
            city: 'Sydney',
            region: 'NSW',
            postcode: '2000',
            country: 'AU',
          },
          domain: 'fabrikam.example',
        },
        { externalId: '1000276', name: 'Tailspin Startup', status: 'active' },
        // A free-mail contact is no evidence of the company's domain, so none is given.
        {
          externalId: '1000277',
          name: 'Old Mill Bakery',
          status: 'suspended',
          address: { line1: '3 Mill Lane', city: 'Auckland', postcode: '1010', country: 'NZ' },
        },
      ],
    })
  })

  it('lists subscriptions with name, quantity and price from their details, terminated as cancelled', async () => {
    const { http, seen } = client()
    const listing = await ingramAdapter.listSubscriptions(http, '1000275')
    expect(
      seen
        .find((s) => s.url.pathname.endsWith('/subscriptions'))
        ?.url.searchParams.get('customerId'),
    ).toBe('1000275')
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        {
          externalId: '1000177',
          customerExternalId: '1000275',
          name: 'CFQ7TTC0LCHC:0002',
          sku: 'CFQ7TTC0LCHC:0002',
          status: 'active',
          trial: false,
          quantity: 25,
          startDate: '2024-07-01',
          contractEndDate: '2025-07-01',
          autoRenew: true,
          unitPrice: 22,
          currency: 'USD',
        },
        {
          externalId: '1000178',
          customerExternalId: '1000275',
          name: 'Microsoft 365 E3',
          sku: 'CFQ7TTC0LFLX:0001',
          status: 'cancelled',
          trial: false,
          quantity: 10,
          startDate: '2023-01-01',
          contractEndDate: '2025-01-01',
          autoRenew: false,
          unitPrice: 36,
          currency: 'USD',
        },
      ],
    })
  })

  it('signs in once for a whole listing, however many details are read at once', async () => {
    const { http, seen } = client()
    await ingramAdapter.listSubscriptions(http)
    expect(seen.filter((s) => s.url.pathname.endsWith('/token'))).toHaveLength(1)
  })

  it('says how many customers the account has when the configuration is tested', async () => {
    const { http, seen } = client()
    const result = await ingramAdapter.testConfiguration(http)
    expect(result.message).toBe('Connected to Ingram Micro (marketplace us): 3 customers.')
    expect(seen[1]?.url.searchParams.get('limit')).toBe('1')
  })

  it('names the sign-in and what to check when the credentials are refused', async () => {
    const { http } = client((s) =>
      s.url.pathname.endsWith('/token')
        ? json('{"code":"UNAUTHORIZED","message":"Invalid username or password."}', 401)
        : undefined,
    )
    const error = await ingramAdapter.testConfiguration(http).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DistributorError)
    expect(error).toMatchObject({ kind: 'auth', call: 'POST /token' })
    expect((error as Error).message).toContain('Settings > Users')
    expect((error as Error).message).toContain('Invalid username or password.')
    expect((error as Error).message).not.toContain(PASSWORD)
  })

  it('signs in again once when a call answers 401 with an expired token', async () => {
    let refused = 0
    const { http, seen } = client((s) =>
      s.url.pathname.endsWith('/customers') && refused++ === 0
        ? json(fixture('error-401.json'), 401)
        : undefined,
    )
    const listing = await ingramAdapter.listCustomers(http)
    expect(listing.complete).toBe(true)
    expect(seen.filter((s) => s.url.pathname.endsWith('/token'))).toHaveLength(2)
  })

  it('leaves a customer with an unknown status out and names it, making the listing incomplete', async () => {
    const { http } = client((s) =>
      s.url.searchParams.get('offset') === '2'
        ? json(fixture('customers-offset2.json').replace('"inactive"', '"archived"'))
        : undefined,
    )
    const listing = await ingramAdapter.listCustomers(http)
    expect(listing.complete).toBe(false)
    expect(listing.items.map((c) => c.externalId)).toEqual(['1000275', '1000276'])
    expect(listing.problems).toEqual([
      'Ingram Micro listed customer "Old Mill Bakery" (1000277) with status "archived", which Seatkeeper does not know; it was left out.',
    ])
  })

  it('leaves out a subscription whose details are gone and says which', async () => {
    const { http } = client((s) =>
      s.url.pathname.endsWith('/subscriptions/1000178')
        ? json('{"code":"NOT_FOUND","message":"Subscription 1000178 not found."}', 404)
        : undefined,
    )
    const listing = await ingramAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(false)
    expect(listing.items.map((s) => s.externalId)).toEqual(['1000177'])
    expect(listing.problems[0]).toContain('subscription 1000178 of customer 1000275')
  })
})
