import { describe, expect, it } from 'vitest'
import { fixture, fixtureClient as client, json } from '../testing/tdsynnex/serve-fixtures'
import { tdsynnexAdapter as adapter } from './index'

/** Serves the fixtures with one answer changed by `edit`. */
function edited(file: string, match: (path: string) => boolean, edit: (body: any) => void) {
  const body = JSON.parse(fixture(file))
  edit(body)
  return client((seen) => (match(seen.url.pathname) ? json(JSON.stringify(body)) : undefined))
}
const subscriptions = (edit: (body: any) => void) =>
  edited('subscriptions.json', (p) => p.endsWith('/subscriptions'), edit)

describe('TD SYNNEX adapter on shapes the real API may send', () => {
  it('reads numbers sent as strings (licences, cost, total)', async () => {
    const { http } = subscriptions((body) => {
      body.items[0].subscriptionTotalLicenses = '25'
      body.items[0].cost = '28.60'
      body.paginationResponse.totalSize = '2'
    })
    const listing = await adapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items[0]).toMatchObject({ quantity: 25, unitCost: 28.6 })
  })

  it('reads nulls and absent optionals as unknown, never as zero', async () => {
    const { http } = subscriptions((body) => {
      body.items[0].cost = null
      body.items[0].subscriptionEndDate = null
      delete body.items[0].subscriptionBillingTerm
      delete body.items[0].ccpProductId
      body.items[0].customerName = null
    })
    const item = (await adapter.listSubscriptions(http)).items[0]!
    expect(item).not.toHaveProperty('unitCost')
    expect(item).not.toHaveProperty('contractEndDate')
    expect(item).not.toHaveProperty('billingCycle')
    expect(item).not.toHaveProperty('sku')
  })

  it('reads statuses and terms in any casing, and the word terms', async () => {
    const { http } = subscriptions((body) => {
      body.items[0].subscriptionStatus = 'Active'
      body.items[0].subscriptionBillingTerm = 'quarterly'
      body.items[1].subscriptionStatus = 'SUSPENDED'
      body.items[1].subscriptionBillingTerm = 'annually'
    })
    const [a, b] = (await adapter.listSubscriptions(http)).items
    expect(a).toMatchObject({ status: 'active', billingCycle: 'quarterly' })
    expect(a).not.toHaveProperty('termMonths')
    expect(b).toMatchObject({ status: 'suspended', billingCycle: 'annual' })
  })

  it('marks a billing term it does not know as other rather than guessing', async () => {
    const { http } = subscriptions((body) => {
      body.items[0].subscriptionBillingTerm = 'P2Y'
    })
    expect((await adapter.listSubscriptions(http)).items[0]).toMatchObject({
      billingCycle: 'other',
    })
  })

  it('leaves out a subscription without a licence count and names it', async () => {
    const { http } = subscriptions((body) => {
      delete body.items[0].subscriptionTotalLicenses
    })
    const listing = await adapter.listSubscriptions(http)
    expect(listing.items.map((s) => s.externalId)).toEqual(['s-2'])
    expect(listing.complete).toBe(false)
    expect(listing.problems).toEqual([
      expect.stringMatching(
        /subscription s-1 in GET .*subscriptions with subscriptionTotalLicenses that is missing; it was left out/,
      ),
    ])
  })

  it('says the listing is incomplete when fewer subscriptions came than announced', async () => {
    const { http } = subscriptions((body) => {
      body.paginationResponse.totalSize = 3
    })
    const listing = await adapter.listSubscriptions(http)
    expect(listing.complete).toBe(false)
    expect(listing.problems).toEqual([
      expect.stringContaining('announced 3 subscriptions but listed 2'),
    ])
  })

  it('ends customer paging on an absent or null nextPageToken, and drops free-mail domains', async () => {
    const { http } = edited(
      'customers-page1.json',
      (p) => p.endsWith('/customers'),
      (body) => {
        body.nextPageToken = null
        body.customers[0].customerEmail = 'owner@gmail.com'
        body.customers[0].customerAddress.country = 'Australia'
      },
    )
    const listing = await adapter.listCustomers(http)
    expect(listing.items).toHaveLength(1)
    expect(listing.items[0]).not.toHaveProperty('domain')
    expect(listing.items[0]?.address?.country).toBe('AU')
  })

  it('leaves out a customer with an unknown status and one without an id, naming both', async () => {
    const { http } = edited(
      'customers-page1.json',
      (p) => p.endsWith('/customers'),
      (body) => {
        body.nextPageToken = ''
        body.customers.push(
          { name: 'No Id Ltd' },
          { id: 'c-9', name: 'Odd', customerStatus: 'archived' },
        )
      },
    )
    const listing = await adapter.listCustomers(http)
    expect(listing.items.map((c) => c.externalId)).toEqual(['c-0001'])
    expect(listing.complete).toBe(false)
    expect(listing.problems).toEqual([
      expect.stringContaining(
        'customer in GET /api/v3/accounts/{accountId}/customers with id that is missing',
      ),
      expect.stringContaining('c-9 ("Odd") with customerStatus "archived"'),
    ])
  })

  it('fails with a contract error naming the field when the envelope itself is wrong', async () => {
    const { http } = subscriptions((body) => {
      delete body.paginationResponse
    })
    await expect(adapter.listSubscriptions(http)).rejects.toMatchObject({
      kind: 'contract',
      field: 'paginationResponse',
    })
  })

  it('keeps the refresh token when a token answer carries no new one', async () => {
    const { http, rotation } = client((seen) =>
      seen.url.pathname === '/oauth/token'
        ? json('{"access_token":"at-1","expires_in":"3600"}')
        : undefined,
    )
    await adapter.listCustomers(http)
    expect(rotation.secrets.refreshToken).toBe('fixture-refresh-token-5e4d3c')
  })
})
