import { describe, expect, it } from 'vitest'
import { fixture, fixtureClient as client, json } from '../testing/crayon/serve-fixtures'
import { crayonAdapter } from './index'

// Payloads in the shapes Crayon's SDK and OpenAPI allow: PascalCase envelopes (the SDK's
// ApiCollection), the OpenAPI's bare array, nullable members, ids as digit strings, unknown enums.
const on = (path: string, body: unknown) => (seen: { url: URL }) =>
  seen.url.pathname === path ? json(JSON.stringify(body)) : undefined
const subscriptions = () => JSON.parse(fixture('subscriptions.json'))

describe('Crayon adapter against the shapes its SDK and OpenAPI allow', () => {
  it('reads the SDK\u2019s PascalCase envelope {Items, TotalHits}', async () => {
    const { items } = JSON.parse(fixture('customertenants.json'))
    const { http } = client(on('/api/v1/customertenants/', { Items: items, TotalHits: 1 }))
    const listing = await crayonAdapter.listCustomers(http)
    expect(listing.items.map((c) => c.name)).toEqual(['Fabrikam Legal'])
  })

  it('reads the OpenAPI\u2019s bare array, stopping at the first short page', async () => {
    const { items } = subscriptions()
    const { http, seen } = client(on('/api/v1/subscriptions/', items))
    const listing = await crayonAdapter.listSubscriptions(http)
    expect(listing).toMatchObject({ complete: true })
    expect(listing.items).toHaveLength(2)
    expect(seen.filter((s) => s.url.pathname === '/api/v1/subscriptions/')).toHaveLength(1)
  })

  it('reads a PascalCase token answer as the SDK\u2019s Token model names it', async () => {
    const { http, seen } = client(
      on('/api/v1/connect/token', { AccessToken: 'pascal-token', ExpiresIn: 3600 }),
    )
    await crayonAdapter.listCustomers(http)
    expect(seen.at(-1)?.headers.get('authorization')).toBe('Bearer pascal-token')
  })

  it('reads a tenant with every optional member null or absent', async () => {
    const { http } = client(
      on('/api/v1/customertenants/', {
        items: [{ id: '16701', name: 'Bare Tenant', publisherCustomerId: null, domain: null }],
        totalHits: 1,
      }),
    )
    const listing = await crayonAdapter.listCustomers(http)
    expect(listing.items).toStrictEqual([
      { externalId: '16701', name: 'Bare Tenant', status: 'active' },
    ])
  })

  it('reads a subscription with nulls and an unknown billing cycle without inventing values', async () => {
    const body = subscriptions()
    Object.assign(body.items[0], {
      product: null,
      isTrial: null,
      billingCycle: 9,
      startDate: null,
      creationDate: null,
      endDate: null,
      termDuration: null,
      autoRenewEnabled: null,
      salesPrice: null,
      partNumber: null,
    })
    const { http } = client(on('/api/v1/subscriptions/', body))
    const listing = await crayonAdapter.listSubscriptions(http)
    expect(listing.items[0]).toStrictEqual({
      externalId: '9001',
      customerExternalId: '16700',
      name: 'M365 BP',
      status: 'active',
      quantity: 25,
      billingCycle: 'other',
    })
  })

  it('reads billing cycles annual, one-time and triennial and Crayon\u2019s "Unknown" as unset', async () => {
    const body = subscriptions()
    const one = body.items[0]
    body.items = [2, 4, 5, 0].map((billingCycle, i) => ({ ...one, id: 9100 + i, billingCycle }))
    body.totalHits = 4
    const { http } = client(on('/api/v1/subscriptions/', body))
    const listing = await crayonAdapter.listSubscriptions(http)
    expect(listing.items.map((s) => s.billingCycle)).toEqual([
      'annual',
      'one-time',
      'triennial',
      undefined,
    ])
  })

  it('names a listing shorter than the totalHits it announces as incomplete', async () => {
    const body = subscriptions()
    body.totalHits = 3
    body.items = body.items.slice(0, 1)
    const { http } = client((seen) =>
      seen.url.pathname === '/api/v1/subscriptions/'
        ? json(
            JSON.stringify(
              seen.url.searchParams.get('page') === '1' ? body : { items: [], totalHits: 3 },
            ),
          )
        : undefined,
    )
    const listing = await crayonAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(false)
    expect(listing.problems.join()).toMatch(/announced 3 subscriptions .* but listed 1/)
  })

  it('fails with a contract error naming the field when a quantity is not a number', async () => {
    const body = subscriptions()
    body.items[0].quantity = '25 seats'
    const { http } = client(on('/api/v1/subscriptions/', body))
    const error = await crayonAdapter.listSubscriptions(http).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'contract', distributor: 'crayon' })
    expect((error as Error).message).toContain('GET /api/v1/subscriptions/ (page 1)')
  })

  it('leaves out a tenant with an undocumented entityStatus and names it', async () => {
    const { items } = JSON.parse(fixture('customertenants.json'))
    const { http } = client(
      on('/api/v1/customertenants/', { items: [{ ...items[0], entityStatus: 7 }], totalHits: 1 }),
    )
    const listing = await crayonAdapter.listCustomers(http)
    expect(listing).toMatchObject({ items: [], complete: false })
    expect(listing.problems.join()).toContain('entityStatus 7, which Crayon does not document')
  })
})
