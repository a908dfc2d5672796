import { describe, expect, it } from 'vitest'
import {
  fixtureClient as client,
  fixture,
  json,
  PASSWORD,
  SECRET,
  type Seen,
} from '../testing/crayon/serve-fixtures'
import { crayonAdapter } from './index'

describe('Crayon adapter against the documented fixtures', () => {
  it('signs in with a password grant, Basic client auth and scope CustomerApi, then sends the bearer token', async () => {
    const { http, seen } = client()
    await crayonAdapter.listCustomers(http)
    expect(seen.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([
      'POST /api/v1/connect/token',
      'GET /api/v1/customertenants/',
    ])
    const [token, tenants] = seen as [Seen, Seen]
    const form = new URLSearchParams(token.body)
    expect(form.get('grant_type')).toBe('password')
    expect(form.get('scope')).toBe('CustomerApi')
    expect(form.get('username')).toBe('api@contoso-msp.example')
    expect(form.get('password')).toBe(PASSWORD)
    expect(form.has('client_secret')).toBe(false)
    expect(token.headers.get('authorization')).toBe(`Basic ${btoa(`fixture-client:${SECRET}`)}`)
    expect(tenants.headers.get('authorization')).toBe('Bearer crayon-at-fake')
    expect(Object.fromEntries(tenants.url.searchParams)).toEqual({
      organizationId: '1',
      page: '1',
      pageSize: '100',
    })
  })

  it('reads the tenant id and domain of a customer tenant, and entityStatus 1 as removed (the SDK\u2019s EntityStatus)', async () => {
    const { http } = client()
    const listing = await crayonAdapter.listCustomers(http)
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        {
          externalId: '16700',
          name: 'Fabrikam Legal',
          status: 'deleted',
          tenantId: '3f2b7c1e-0a4d-4f5e-9c8b-1a2b3c4d5e6f',
          domain: 'fabrikamlegal.onmicrosoft.com',
        },
      ],
    })
  })

  it('normalises an annual subscription and a cancelled monthly one, field by field', async () => {
    const { http, seen } = client()
    const listing = await crayonAdapter.listSubscriptions(http, '16700')
    expect(seen.at(-1)?.url.searchParams.get('customerTenantId')).toBe('16700')
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        {
          externalId: '9001',
          customerExternalId: '16700',
          name: 'Microsoft 365 Business Premium',
          sku: 'CFQ7TTC0LCHC:0002',
          status: 'active',
          trial: false,
          quantity: 25,
          startDate: '2024-07-01',
          contractEndDate: '2025-06-30',
          billingCycle: 'monthly',
          termMonths: 12,
          autoRenew: true,
          unitPrice: 33,
        },
        {
          externalId: '9002',
          customerExternalId: '16700',
          name: 'Microsoft 365 Business Basic',
          sku: 'CFQ7TTC0LH18:0001',
          status: 'cancelled',
          trial: false,
          quantity: 10,
          startDate: '2023-01-01',
          contractEndDate: '2024-12-31',
          billingCycle: 'monthly',
          termMonths: 1,
          autoRenew: false,
          unitPrice: 9,
        },
      ],
    })
  })

  it('logs in once for customers and subscriptions, reusing the cached token', async () => {
    const { http, seen } = client()
    await crayonAdapter.listCustomers(http)
    await crayonAdapter.listSubscriptions(http)
    expect(seen.filter((s) => s.url.pathname.endsWith('/connect/token'))).toHaveLength(1)
  })

  it('leaves out a subscription whose status has an undocumented flag and names it', async () => {
    const body = JSON.parse(fixture('subscriptions.json'))
    body.items[1].status = 512 | 1
    const { http } = client((s) =>
      s.url.pathname === '/api/v1/subscriptions/' ? json(JSON.stringify(body)) : undefined,
    )
    const listing = await crayonAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(false)
    expect(listing.items.map((s) => s.externalId)).toEqual(['9001'])
    expect(listing.problems).toEqual([
      expect.stringMatching(/Microsoft 365 Business Basic.*9002.*status 513.*512 beyond the nine/),
    ])
  })

  it('proves the credentials with one tenant and reports how many there are', async () => {
    const { http, seen } = client()
    const result = await crayonAdapter.testConfiguration(http)
    expect(result).toEqual({
      ok: true,
      message: 'Connected to Crayon (Contoso MSP): 1 customer tenant.',
      details: { customerTenants: '1', organization: 'Contoso MSP' },
    })
    expect(seen.at(-1)?.url.searchParams.get('pageSize')).toBe('1')
  })

  it('names the username or password when the token call answers invalid_grant', async () => {
    const { http } = client((s) =>
      s.url.pathname.endsWith('/connect/token')
        ? json('{"error":"invalid_grant"}', 400)
        : undefined,
    )
    const error = await crayonAdapter.testConfiguration(http).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'auth', call: 'POST /api/v1/connect/token' })
    expect((error as Error).message).toMatch(/rejected the username or password.*API Management/)
    expect((error as Error).message).not.toContain(PASSWORD)
  })

  it('reads Crayon\u2019s error body into the message of a refused call', async () => {
    const { http } = client((s) =>
      s.url.pathname === '/api/v1/customertenants/'
        ? json(
            '{"ErrorCode":"Forbidden","Message":"No access to organization 1","Parameters":{},"ObjectErrors":[]}',
            403,
          )
        : undefined,
    )
    const error = await crayonAdapter.listCustomers(http).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'forbidden', status: 403 })
    expect((error as Error).message).toContain('No access to organization 1 (Forbidden)')
    expect((error as Error).message).toContain('Settings > Users')
  })
})
