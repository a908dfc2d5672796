import { describe, expect, it } from 'vitest'
import { rhipeAdapter } from './index'
import { jsonResponse, rhipeFixtureClient } from '../testing/rhipe/fixture-client'
import { readRhipeFixture } from '../testing/rhipe/serve-fixtures'
import { failure } from '../testing/failure'

type Json = Record<string, unknown> & { Subscriptions?: Array<Record<string, unknown>> }

describe('Rhipe answers that do not fit', () => {
  it('names the distributor, call and field when a customer has no CustomerName', async () => {
    const customers = readRhipeFixture<Json[]>('customers.json')
    delete customers[1]?.CustomerName
    const { http } = rhipeFixtureClient((call) =>
      call.url.pathname === '/api/v1/me/customers' ? jsonResponse(customers) : undefined,
    )
    const error = await failure(rhipeAdapter.listCustomers(http))
    expect(error.kind).toBe('contract')
    expect(error.distributor).toBe('rhipe')
    expect(error.call).toBe('GET /api/v1/me/customers')
    expect(error.field).toBe('[1].CustomerName')
    expect(error.message).toContain('Rhipe')
  })

  it('names the field when a tenant subscription has no SubscriptionId', async () => {
    const tenants = readRhipeFixture<Json[]>('contractagreement-tenants.json')
    delete tenants[0]?.Subscriptions?.[2]?.SubscriptionId
    const { http } = rhipeFixtureClient((call) =>
      call.url.pathname.endsWith('/tenants') ? jsonResponse(tenants) : undefined,
    )
    const error = await failure(rhipeAdapter.listSubscriptions(http))
    expect(error.kind).toBe('contract')
    expect(error.call).toBe('GET /api/v2/contractagreements/{id}/tenants')
    expect(error.field).toBe('[0].Subscriptions[2].SubscriptionId')
  })

  it('refuses an object where PRISM documents a bare array', async () => {
    const { http } = rhipeFixtureClient((call) =>
      call.url.pathname === '/api/v1/me/customers' ? jsonResponse({ Items: [] }) : undefined,
    )
    expect((await failure(rhipeAdapter.listCustomers(http))).kind).toBe('contract')
  })

  it('refuses an HTML page answered with 200 as a contract error, not an empty list', async () => {
    const { http } = rhipeFixtureClient((call) =>
      call.url.pathname === '/api/v1/me/customers'
        ? new Response('<html><body>502 Bad Gateway</body></html>', {
            status: 200,
            headers: { 'content-type': 'text/html' },
          })
        : undefined,
    )
    expect((await failure(rhipeAdapter.listCustomers(http))).kind).toBe('contract')
  })

  it('keeps the other agreements and marks the listing incomplete when one agreement is gone (404)', async () => {
    const customers =
      readRhipeFixture<Array<Json & { CustomerProgramAgreements: Json[] }>>('customers.json')
    const ended = { ...customers[2]?.CustomerProgramAgreements[0], ContractAgreementId: 880099 }
    customers[2]?.CustomerProgramAgreements.push(ended)
    const { http } = rhipeFixtureClient((call) =>
      call.url.pathname === '/api/v1/me/customers' ? jsonResponse(customers) : undefined,
    )
    const listing = await rhipeAdapter.listSubscriptions(http)
    expect(listing.items).toHaveLength(3)
    expect(listing.complete).toBe(false)
    expect(listing.problems[0]).toContain('880099')
  })

  it('throws rather than returning a short list when an agreement keeps failing with 500', async () => {
    const { http } = rhipeFixtureClient((call) =>
      call.url.pathname.endsWith('/tenants')
        ? jsonResponse({ Message: 'An error has occurred.' }, 500)
        : undefined,
    )
    const error = await failure(rhipeAdapter.listSubscriptions(http))
    expect(error.kind).toBe('unavailable')
    expect(error.status).toBe(500)
  })

  it('leaves out the partner’s own record (CustomerActingRole 0)', async () => {
    const customers = readRhipeFixture<Json[]>('customers.json')
    customers.unshift({
      ...customers[1],
      CustomerId: 300000,
      CustomerName: 'Harbourside IT',
      CustomerActingRole: 0,
    })
    const { http } = rhipeFixtureClient((call) =>
      call.url.pathname === '/api/v1/me/customers' ? jsonResponse(customers) : undefined,
    )
    const listing = await rhipeAdapter.listCustomers(http)
    expect(listing.items.map((c) => c.externalId)).toEqual(['310001', '310002', '310003'])
  })
})
