import { describe, expect, it } from 'vitest'
import { connectArrowSphere } from '../testing/arrowsphere/fixture-client'
import { serveFixtures } from '../testing/arrowsphere/serve-fixtures'
import { arrowsphereAdapter } from './index'

// Payloads in the shapes ArrowSphere's own clients show (Node, PHP and .NET SDK test data):
// pagination without current_page/currentPage, `seat: null` on a licence, numbers as strings from
// the PHP API, Details as [] or with a capitalised DomainName, unknown status codes, extra members.
type Json = Record<string, any>
const list = (edit: (file: string, json: Json) => Json | undefined) =>
  connectArrowSphere(serveFixtures((file, json) => edit(file, json) ?? json).fetch)

describe('ArrowSphere adapter against the shapes its SDKs’ test data show', () => {
  it('reads customer pages that do not echo current_page', async () => {
    const http = list((file, json) => {
      if (file.startsWith('customers-page')) delete json.pagination.current_page
      return json
    })
    const listing = await arrowsphereAdapter.listCustomers(http)
    expect(listing.complete).toBe(true)
    expect(listing.items).toHaveLength(4)
  })

  it('reads licence pages that do not echo currentPage', async () => {
    const http = list((file, json) => {
      if (file.startsWith('licenses-find-page')) delete json.pagination.currentPage
      return json
    })
    const listing = await arrowsphereAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items.length).toBeGreaterThan(0)
  })

  it('leaves out and names a licence with seat null instead of failing the whole listing', async () => {
    const whole = await arrowsphereAdapter.listSubscriptions(list(() => undefined))
    const http = list((file, json) => {
      if (file === 'licenses-find-page1.json') json.results[0].license.seat = null
      return json
    })
    const listing = await arrowsphereAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(false)
    expect(listing.items).toHaveLength(whole.items.length - 1)
    expect(listing.items.map((s) => s.externalId)).not.toContain('XSP900001')
    expect(listing.problems.join()).toContain('XSP900001')
    expect(listing.problems.join()).toContain('seat null')
  })

  it('lower-cases the Details.DomainName fallback when there is no web site', async () => {
    const http = list((file, json) => {
      if (file === 'customers-page1.json') {
        json.data.customers[0].WebsiteUrl = ''
        json.data.customers[0].Details = { DomainName: 'FabrikamLegal.OnMicrosoft.com' }
      }
      return json
    })
    const [customer] = (await arrowsphereAdapter.listCustomers(http)).items
    expect(customer?.domain).toBe('fabrikamlegal.onmicrosoft.com')
  })

  it('reads seat and status code sent as numeric strings', async () => {
    const http = list((file, json) => {
      if (file === 'licenses-find-page1.json') {
        json.results[0].license.seat = '25'
        json.results[0].license.status_code = '86'
      }
      return json
    })
    const listing = await arrowsphereAdapter.listSubscriptions(http)
    const first = listing.items.find((s) => s.externalId === 'XSP900001')
    expect(first).toMatchObject({ quantity: 25, status: 'active' })
  })

  it('reads a customer whose optional members are null, Details [], and unknown members present', async () => {
    const http = list((file, json) => {
      if (file === 'customers-page1.json') {
        json.data.customers[0] = {
          Reference: 'XSP20009',
          CompanyName: 'Tailspin Toys',
          AddressLine1: null,
          AddressLine2: null,
          Zip: null,
          City: null,
          State: null,
          CountryCode: 'AU',
          WebsiteUrl: null,
          TaxNumber: null,
          Details: [],
          DeletedAt: null,
          OrganizationUnitId: 12,
          Contact: null,
        }
      }
      return json
    })
    const [customer] = (await arrowsphereAdapter.listCustomers(http)).items
    expect(customer).toEqual({ externalId: 'XSP20009', name: 'Tailspin Toys', status: 'active' })
  })

  it('falls back on isEnabled for a status code it does not know, and keeps the licence', async () => {
    const http = list((file, json) => {
      if (file === 'licenses-find-page1.json') {
        json.results[0].license.status_code = 999
        json.results[0].license.isEnabled = false
        json.results[0].license.new_member = { any: 'thing' }
      }
      return json
    })
    const listing = await arrowsphereAdapter.listSubscriptions(http)
    const first = listing.items.find((s) => s.externalId === 'XSP900001')
    expect(first?.status).toBe('suspended')
  })
})
