import { describe, expect, it } from 'vitest'
import { fixtureClient as client, FABRIKAM, json } from '../testing/pax8/serve-fixtures'
import { pax8Adapter } from './index'

// Payloads in the shapes Pax8's partner OpenAPI allows: members not required (null or absent),
// statuses and terms as open strings, money re-serialised as strings, members the adapter ignores.
const page = (content: unknown[], number = 0, totalPages = 1, totalElements = content.length) =>
  json(JSON.stringify({ content, page: { size: 200, totalElements, totalPages, number } }))

const on = (path: string, content: unknown[]) => (seen: { url: URL }) =>
  seen.url.pathname === path ? page(content) : undefined

const subscription = (over: Record<string, unknown>) => ({
  id: 'a1a1a1a1-0000-4000-8000-000000000001',
  companyId: FABRIKAM,
  productName: 'Microsoft 365 E3',
  quantity: 5,
  status: 'Active',
  billingTerm: 'Monthly',
  ...over,
})

describe('Pax8 adapter against the shapes its OpenAPI allows', () => {
  it('reads a company whose optional members are null or absent and carries members it does not know', async () => {
    const { http } = client(
      on('/v1/companies', [
        {
          id: 'c1',
          name: ' Contoso ',
          address: null,
          website: null,
          status: 'Active',
          newThing: { a: 1 },
        },
        {
          id: 'c2',
          name: 'Adatum',
          address: { country: 'New Zealand', city: null },
          status: 'inactive',
        },
      ]),
    )
    const listing = await pax8Adapter.listCustomers(http)
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        { externalId: 'c1', name: 'Contoso', status: 'active' },
        { externalId: 'c2', name: 'Adatum', status: 'suspended', address: { country: 'NZ' } },
      ],
    })
  })

  it('leaves out a company with an unknown status and names it, marking the listing incomplete', async () => {
    const { http } = client(
      on('/v1/companies', [
        { id: 'c1', name: 'Contoso', status: 'Active' },
        { id: 'c2', name: 'Adatum', status: 'Archived' },
      ]),
    )
    const listing = await pax8Adapter.listCustomers(http)
    expect(listing.items.map((c) => c.externalId)).toEqual(['c1'])
    expect(listing.complete).toBe(false)
    expect(listing.problems).toEqual([
      'Pax8 listed company "Adatum" (c2) with status "Archived", which Seatkeeper does not know; it was left out.',
    ])
  })

  it('reads all ten statuses, Trial and Converted as trials', async () => {
    const statuses = [
      'Active',
      'Cancelled',
      'PendingManual',
      'PendingAutomated',
      'PendingCancel',
      'WaitingForDetails',
      'Trial',
      'Converted',
      'PendingActivation',
      'Activated',
    ]
    const { http } = client(
      on(
        '/v1/subscriptions',
        statuses.map((status, i) => subscription({ id: `s${i}`, status })),
      ),
    )
    const listing = await pax8Adapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items.map((s) => [s.status, s.trial])).toEqual([
      ['active', false],
      ['cancelled', false],
      ['pending', false],
      ['pending', false],
      ['active', false],
      ['pending', false],
      ['active', true],
      ['cancelled', true],
      ['pending', false],
      ['active', false],
    ])
  })

  it('leaves out a subscription with an unknown status or no seat count, naming each', async () => {
    const { http } = client(
      on('/v1/subscriptions', [
        subscription({ id: 's1' }),
        subscription({ id: 's2', status: 'Suspended' }),
        subscription({ id: 's3', quantity: null }),
        subscription({ id: 's4', status: undefined }),
      ]),
    )
    const listing = await pax8Adapter.listSubscriptions(http)
    expect(listing.items.map((s) => s.externalId)).toEqual(['s1'])
    expect(listing.complete).toBe(false)
    expect(listing.problems).toHaveLength(3)
    expect(listing.problems[0]).toContain('subscription s2 ("Microsoft 365 E3") of company')
    expect(listing.problems[0]).toContain('status "Suspended"')
    expect(listing.problems[1]).toContain('quantity null')
    expect(listing.problems[2]).toContain('status missing')
  })

  it('reads money sent as strings, every billing term, and an unknown term as "other"', async () => {
    const terms = ['Annual', '2-Year', '3-Year', 'One-Time', 'Trial', 'Activation', 'Quarterly']
    const { http } = client(
      on('/v1/subscriptions', [
        subscription({
          id: 'm',
          price: '12.50',
          partnerCost: '10',
          currencyCode: 'usd',
          productName: null,
          vendorSkuId: 'SKU-1',
        }),
        ...terms.map((billingTerm, i) =>
          subscription({ id: `t${i}`, billingTerm, currencyCode: null }),
        ),
      ]),
    )
    const [money, ...rest] = (await pax8Adapter.listSubscriptions(http)).items
    expect(money).toMatchObject({
      name: 'SKU-1',
      sku: 'SKU-1',
      unitPrice: 12.5,
      unitCost: 10,
      currency: 'USD',
    })
    expect(rest.map((s) => [s.billingCycle, s.termMonths, s.trial])).toEqual([
      ['annual', 12, false],
      ['biennial', 24, false],
      ['triennial', 36, false],
      ['one-time', undefined, false],
      [undefined, undefined, true],
      ['one-time', undefined, false],
      ['other', undefined, false],
    ])
    expect(rest.every((s) => s.currency === undefined)).toBe(true)
  })

  it('takes the commitment from commitmentTerm.term over the billing term, and its end date', async () => {
    const { http } = client(
      on('/v1/subscriptions', [
        subscription({
          commitmentTerm: { id: null, term: '3-Year', endDate: '2027-06-30T23:59:59Z' },
        }),
      ]),
    )
    const [item] = (await pax8Adapter.listSubscriptions(http)).items
    expect(item).toMatchObject({
      billingCycle: 'monthly',
      termMonths: 36,
      contractEndDate: '2027-06-30',
    })
  })

  it('reports a page without content as a contract error naming Pax8, the call and the field', async () => {
    const { http } = client((seen) =>
      seen.url.pathname === '/v1/companies'
        ? json('{"page":{"totalPages":1,"number":0}}')
        : undefined,
    )
    const error = await pax8Adapter.listCustomers(http).catch((e: unknown) => e as Error)
    expect(error).toMatchObject({ kind: 'contract', call: 'GET /v1/companies (page 0)' })
    expect((error as Error).message).toContain('Pax8')
    expect((error as Error).message).toContain('content')
  })

  it('marks a listing incomplete when the pages disagree with the total they announce', async () => {
    const { http } = client((seen) =>
      seen.url.pathname === '/v1/companies'
        ? page([{ id: 'c1', name: 'A', status: 'Active' }], 0, 1, 2)
        : undefined,
    )
    const listing = await pax8Adapter.listCustomers(http)
    expect(listing.complete).toBe(false)
    expect(listing.problems).toEqual([
      'Pax8 announced 2 companies but listed 1; some were not read.',
    ])
  })
})
