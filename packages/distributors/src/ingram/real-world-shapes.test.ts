import { describe, expect, it } from 'vitest'
import { fixture, fixtureClient as client, json } from '../testing/ingram/serve-fixtures'
import { ingramAdapter } from './index'

// Payloads in the shapes the Cloud Marketplace API and its generated clients allow: ids as numbers,
// numbers as strings, nullable members (the hex models mark nearly everything `| nil`), members the
// adapter does not read, and status values outside the documented five.
const customersPage = (data: unknown[]) =>
  JSON.stringify({ data, pagination: { offset: 0, limit: 100, total: data.length } })

const onCustomers = (data: unknown[]) => (seen: { url: URL }) =>
  seen.url.pathname.endsWith('/customers') ? json(customersPage(data)) : undefined

const details = (patch: Record<string, unknown>) => (seen: { url: URL }) => {
  if (!seen.url.pathname.endsWith('/subscriptions/1000177')) return undefined
  return json(JSON.stringify({ ...JSON.parse(fixture('subscription-1000177.json')), ...patch }))
}

const list = (patch: Record<string, unknown>) => (seen: { url: URL }) => {
  if (!seen.url.pathname.endsWith('/subscriptions')) return undefined
  const body = JSON.parse(fixture('subscriptions.json'))
  body.data[0] = { ...body.data[0], ...patch }
  return json(JSON.stringify(body))
}

describe('Ingram Micro adapter against the shapes its API allows', () => {
  it('reads a customer with a numeric id, null address and contact, and members it does not know', async () => {
    const { http } = client(
      onCustomers([
        {
          id: 1000300,
          name: ' Contoso ',
          status: 'ACTIVE',
          address: null,
          contactPerson: null,
          taxRegId: 'x',
        },
      ]),
    )
    const listing = await ingramAdapter.listCustomers(http)
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [{ externalId: '1000300', name: 'Contoso', status: 'active' }],
    })
  })

  it('reads a country given by name when the code is absent', async () => {
    const { http } = client(
      onCustomers([
        {
          id: '1',
          name: 'A',
          status: 'active',
          address: { city: 'Wellington', country: 'New Zealand' },
        },
      ]),
    )
    const listing = await ingramAdapter.listCustomers(http)
    expect(listing.items[0]?.address).toEqual({ city: 'Wellington', country: 'NZ' })
  })

  it('leaves out and names a customer without a name, keeping the others', async () => {
    const { http } = client(
      onCustomers([
        { id: '1', name: null, status: 'active' },
        { id: '2', name: 'B', status: 'active' },
      ]),
    )
    const listing = await ingramAdapter.listCustomers(http)
    expect(listing.complete).toBe(false)
    expect(listing.items.map((c) => c.externalId)).toEqual(['2'])
    expect(listing.problems[0]).toContain('customer 1 on GET /customers (offset 0) with name')
  })

  it('reports a page without pagination as a contract error naming the call and the field', async () => {
    const { http } = client((seen) =>
      seen.url.pathname.endsWith('/customers') ? json('{"data":[]}') : undefined,
    )
    const error = await ingramAdapter.listCustomers(http).catch((e: unknown) => e)
    expect(error).toMatchObject({
      kind: 'contract',
      call: 'GET /customers (offset 0)',
      field: 'pagination',
    })
  })

  it('reads quantity and price written as strings, and a lower-case currency', async () => {
    const { http } = client(
      details({
        products: [{ mpn: 'M', quantity: '7', unitPrice: { value: '9.50', currency: 'eur' } }],
      }),
    )
    const listing = await ingramAdapter.listSubscriptions(http)
    expect(listing.items[0]).toMatchObject({ quantity: 7, unitPrice: 9.5, currency: 'EUR' })
  })

  it('leaves prices unset when the details carry none, rather than inventing zero', async () => {
    const { http } = client(
      details({ products: [{ mpn: 'M', quantity: 3, unitPrice: null }], totalPrice: null }),
    )
    const listing = await ingramAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items[0]).not.toHaveProperty('unitPrice')
    expect(listing.items[0]).not.toHaveProperty('currency')
  })

  it('leaves out and names a subscription with no quantity, never guessing one', async () => {
    const { http } = client(details({ products: [{ mpn: 'M', quantity: null }] }))
    const listing = await ingramAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(false)
    expect(listing.items.map((s) => s.externalId)).toEqual(['1000178'])
    expect(listing.problems).toEqual([
      'Ingram Micro gave subscription 1000177 of customer 1000275 no quantity; it was left out.',
    ])
  })

  it('leaves out and names a subscription whose status is none of the documented five', async () => {
    const { http } = client(list({ status: 'migrating' }))
    const listing = await ingramAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(false)
    expect(listing.problems[0]).toContain('status "migrating"')
  })

  it('reads hold as suspended and removed as deleted', async () => {
    for (const [status, expected] of [
      ['hold', 'suspended'],
      ['removed', 'deleted'],
      ['pending', 'pending'],
    ] as const) {
      const { http } = client(list({ status }))
      const listing = await ingramAdapter.listSubscriptions(http)
      expect(listing.items.find((s) => s.externalId === '1000177')?.status).toBe(expected)
    }
  })

  it('leaves auto-renewal and end date unset when renewalStatus and renewalDate are null', async () => {
    const { http } = client(list({ renewalStatus: null, renewalDate: null }))
    const listing = await ingramAdapter.listSubscriptions(http)
    const item = listing.items.find((s) => s.externalId === '1000177')
    expect(item).not.toHaveProperty('autoRenew')
    expect(item).not.toHaveProperty('contractEndDate')
  })

  it('accepts a token answer without expiresIn and keeps using the token', async () => {
    const { http, seen } = client((s) =>
      s.url.pathname.endsWith('/token') ? json('{"token":"t-1"}') : undefined,
    )
    await ingramAdapter.listSubscriptions(http)
    expect(seen.filter((s) => s.url.pathname.endsWith('/token'))).toHaveLength(1)
    expect(seen.at(-1)?.headers.get('authorization')).toBe('Bearer t-1')
  })

  it('reports a token answer without a token as a contract error on the sign-in', async () => {
    const { http } = client((s) =>
      s.url.pathname.endsWith('/token') ? json('{"expiresIn":3600}') : undefined,
    )
    const error = await ingramAdapter.testConfiguration(http).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'contract', call: 'POST /token' })
  })
})
