import { describe, expect, it } from 'vitest'
import { connectArrowSphere } from '../testing/arrowsphere/fixture-client'
import { arrowsphereAdapter } from './index'
import { serveFixtures } from '../testing/arrowsphere/serve-fixtures'

describe('ArrowSphere listSubscriptions against the shared fixtures', () => {
  it('searches all licences with POST /licenses/v2/find and camelCase paging', async () => {
    const server = serveFixtures()
    const listing = await arrowsphereAdapter.listSubscriptions(connectArrowSphere(server.fetch))

    expect(listing.complete).toBe(true)
    expect(listing.items.map((s) => s.externalId)).toEqual([
      'XSP900001',
      'XSP900002',
      'XSP900003',
      'XSP900004',
    ])
    expect(
      server.requests.map((r) => `${r.method} ${r.url.pathname}?${r.url.searchParams}`),
    ).toEqual([
      'POST /index.php/api/licenses/v2/find?per_page=100&page=1',
      'POST /index.php/api/licenses/v2/find?per_page=100&page=2',
    ])
    expect(server.requests[0]?.body).toEqual({ filters: {} })
  })

  it('filters on license.customer_ref for one customer', async () => {
    const server = serveFixtures()
    await arrowsphereAdapter.listSubscriptions(connectArrowSphere(server.fetch), 'XSP20001')
    expect(server.requests[0]?.body).toEqual({ filters: { 'license.customer_ref': 'XSP20001' } })
  })

  it('normalises an active annual-term licence billed monthly, with renewal as contract end', async () => {
    const listing = await arrowsphereAdapter.listSubscriptions(
      connectArrowSphere(serveFixtures().fetch),
    )
    expect(listing.items[0]).toEqual({
      externalId: 'XSP900001',
      customerExternalId: 'XSP20001',
      name: 'Microsoft 365 E3',
      sku: 'CFQ7TTC0LFLX:0001',
      status: 'active',
      trial: false,
      quantity: 25,
      startDate: '2024-07-01',
      endDate: '2025-06-30',
      contractEndDate: '2025-07-01',
      billingCycle: 'monthly',
      termMonths: 12,
      autoRenew: true,
      unitPrice: 57,
      unitCost: 51.3,
      currency: 'AUD',
    })
  })

  it('reads a monthly term (720 hours) as one month and leaves out a missing renewal date', async () => {
    const listing = await arrowsphereAdapter.listSubscriptions(
      connectArrowSphere(serveFixtures().fetch),
    )
    const kiosk = listing.items[1]
    expect(kiosk).toMatchObject({
      billingCycle: 'monthly',
      termMonths: 1,
      unitCost: 1.9,
      unitPrice: 2.1,
    })
    expect(kiosk).not.toHaveProperty('contractEndDate')
  })

  it('maps status code 89 to cancelled with its zero seats', async () => {
    const listing = await arrowsphereAdapter.listSubscriptions(
      connectArrowSphere(serveFixtures().fetch),
    )
    expect(listing.items[2]).toMatchObject({
      externalId: 'XSP900003',
      status: 'cancelled',
      quantity: 0,
      autoRenew: false,
      endDate: '2024-12-31',
    })
  })

  it('maps status code 87 to suspended, keeps the trial flag, and reads periodicity 0 as one-time', async () => {
    const listing = await arrowsphereAdapter.listSubscriptions(
      connectArrowSphere(serveFixtures().fetch),
    )
    const trial = listing.items[3]
    expect(trial).toMatchObject({
      externalId: 'XSP900004',
      name: 'Microsoft Teams Phone Standard (Trial)',
      status: 'suspended',
      trial: true,
      quantity: 25,
      billingCycle: 'one-time',
      termMonths: 1,
      unitCost: 0,
      unitPrice: 0,
    })
    // The fixture's price has currency null: no currency rather than a made-up one.
    expect(trial).not.toHaveProperty('currency')
  })

  it('stops with a contract error naming the licence field when status_code is not a number', async () => {
    const server = serveFixtures((file, json) => {
      if (file === 'licenses-find-page1.json') json.results[1].license.status_code = 'active'
      return json
    })
    await expect(
      arrowsphereAdapter.listSubscriptions(connectArrowSphere(server.fetch)),
    ).rejects.toMatchObject({
      kind: 'contract',
      distributor: 'arrowsphere',
      call: 'POST /licenses/v2/find (page 1)',
      field: 'results[1].license.status_code',
    })
  })

  it('stops with a contract error when totalPage is given in snake_case like /customers', async () => {
    const server = serveFixtures((file, json) => {
      if (file !== 'licenses-find-page1.json') return json
      json.pagination = { per_page: 2, current_page: 1, total_page: 2, total: 4 }
      return json
    })
    await expect(
      arrowsphereAdapter.listSubscriptions(connectArrowSphere(server.fetch)),
    ).rejects.toMatchObject({
      kind: 'contract',
      field: 'pagination.totalPage',
    })
  })
})
