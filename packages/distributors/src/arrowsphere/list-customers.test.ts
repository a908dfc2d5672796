import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import { connectArrowSphere } from '../testing/arrowsphere/fixture-client'
import { arrowsphereAdapter } from './index'
import { serveFixtures } from '../testing/arrowsphere/serve-fixtures'

describe('ArrowSphere listCustomers against the shared fixtures', () => {
  it('reads both pages with the apiKey header and snake_case paging', async () => {
    const server = serveFixtures()
    const listing = await arrowsphereAdapter.listCustomers(connectArrowSphere(server.fetch))

    expect(listing.complete).toBe(true)
    expect(listing.problems).toEqual([])
    expect(listing.items.map((c) => c.externalId)).toEqual([
      'XSP20001',
      'XSP20002',
      'XSP20003',
      'XSP20004',
    ])
    expect(
      server.requests.map((r) => `${r.method} ${r.url.pathname}?${r.url.searchParams}`),
    ).toEqual([
      'GET /index.php/api/customers?per_page=100&page=1',
      'GET /index.php/api/customers?per_page=100&page=2',
    ])
    expect(server.requests.every((r) => r.headers.get('apikey') !== null)).toBe(true)
  })

  it('normalises a full customer: address, tenant from Details.TenantID, web domain, tax number', async () => {
    const listing = await arrowsphereAdapter.listCustomers(
      connectArrowSphere(serveFixtures().fetch),
    )
    expect(listing.items[0]).toEqual({
      externalId: 'XSP20001',
      name: 'Fabrikam Legal',
      status: 'active',
      address: {
        line1: '12 George St',
        line2: 'Level 3',
        city: 'Sydney',
        region: 'NSW',
        postcode: '2000',
        country: 'AU',
      },
      domain: 'fabrikam.example',
      tenantId: '3f2b7c1e-0a4d-4f5e-9c8b-1a2b3c4d5e6f',
      taxId: '51 824 753 556',
    })
  })

  it('omits empty address parts and falls back to the Microsoft domain when there is no website', async () => {
    const listing = await arrowsphereAdapter.listCustomers(
      connectArrowSphere(serveFixtures().fetch),
    )
    expect(listing.items[1]).toEqual({
      externalId: 'XSP20002',
      name: 'Northwind Dental',
      status: 'active',
      address: { line1: '5 Queen St', city: 'Auckland', postcode: '1010', country: 'NZ' },
      domain: 'northwinddental.onmicrosoft.com',
      tenantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    })
  })

  it('gives no address to a customer that has only a country, and reads Details = [] as no tenant', async () => {
    const listing = await arrowsphereAdapter.listCustomers(
      connectArrowSphere(serveFixtures().fetch),
    )
    expect(listing.items[2]).toEqual({
      externalId: 'XSP20003',
      name: 'Tailspin Startup (no address)',
      status: 'active',
    })
  })

  it('marks a customer with DeletedAt as deleted', async () => {
    const listing = await arrowsphereAdapter.listCustomers(
      connectArrowSphere(serveFixtures().fetch),
    )
    expect(listing.items[3]).toMatchObject({ externalId: 'XSP20004', status: 'deleted' })
    expect(listing.items[3]?.tenantId).toBe('0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5')
  })

  it('reads the tenant id whatever the casing of its key (TenantId as the PHP doc spells it)', async () => {
    const server = serveFixtures((file, json) => {
      if (file !== 'customers-page1.json') return json
      const details = json.data.customers[0].Details
      details.TenantId = details.TenantID
      delete details.TenantID
      return json
    })
    const listing = await arrowsphereAdapter.listCustomers(connectArrowSphere(server.fetch))
    expect(listing.items[0]?.tenantId).toBe('3f2b7c1e-0a4d-4f5e-9c8b-1a2b3c4d5e6f')
  })

  it('marks the listing incomplete when fewer customers arrive than the total announced', async () => {
    const server = serveFixtures((file, json) => {
      if (file === 'customers-page2.json') json.data.customers.pop()
      return json
    })
    const listing = await arrowsphereAdapter.listCustomers(connectArrowSphere(server.fetch))
    expect(listing.items).toHaveLength(3)
    expect(listing.complete).toBe(false)
    expect(listing.problems[0]).toMatch(/announced 4 customers but listed 3/)
  })

  it('stops with a contract error naming distributor, call and field when Reference is missing', async () => {
    const server = serveFixtures((file, json) => {
      if (file === 'customers-page2.json') delete json.data.customers[1].Reference
      return json
    })
    const error = await arrowsphereAdapter
      .listCustomers(connectArrowSphere(server.fetch))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DistributorError)
    expect(error).toMatchObject({
      kind: 'contract',
      distributor: 'arrowsphere',
      call: 'GET /customers (page 2)',
      field: 'data.customers[1].Reference',
    })
    expect((error as Error).message).toMatch(
      /^ArrowSphere answered GET \/customers \(page 2\).*data\.customers\[1\]\.Reference is missing/,
    )
  })

  it('stops with a contract error when the pagination block is missing', async () => {
    const server = serveFixtures((file, json) => {
      if (file === 'customers-page1.json') delete json.pagination
      return json
    })
    await expect(
      arrowsphereAdapter.listCustomers(connectArrowSphere(server.fetch)),
    ).rejects.toMatchObject({
      kind: 'contract',
      field: 'pagination',
    })
  })
})
