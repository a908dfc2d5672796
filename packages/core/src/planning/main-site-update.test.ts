import { describe, expect, it } from 'vitest'
import { arrow, customer, external, mapping, register } from '../testing/builders'
import { replacesMainSite } from './main-site-update'
import { planCustomerImport } from './plan-customer-import'

const street = { line1: '12 George St', city: 'Sydney', postcode: '2000', country: 'AU' }

describe('replacesMainSite', () => {
  it('never lets an address with only a country replace a main site with a street', () => {
    expect(replacesMainSite(street, { country: 'AU' })).toBe(false)
  })

  it('never lets an address with only a city replace a main site with a street', () => {
    expect(replacesMainSite(street, { city: 'Melbourne' })).toBe(false)
  })

  it('lets an address with a street replace the main site', () => {
    expect(replacesMainSite(street, { line1: '1 Collins St', city: 'Melbourne' })).toBe(true)
  })

  it('lets an address without a street fill a main site that has none', () => {
    expect(replacesMainSite(undefined, { country: 'AU' })).toBe(true)
    expect(replacesMainSite({ city: 'Sydney' }, { city: 'Melbourne', country: 'AU' })).toBe(true)
  })
})

describe('Import Customers with "Update the main site address"', () => {
  it('keeps the street of a mapped customer when the distributor holds only its country', () => {
    const reg = register({
      customers: [customer('c1', 'Contoso', { mainSite: street })],
      mappings: [mapping(arrow.id, 'X1', 'c1', { externalName: 'Contoso' })],
    })
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X1', 'Contoso', { address: { country: 'NZ' } })],
      register: reg,
      options: { updateMainSiteAddress: true },
    })
    expect(plan.operations).toEqual([])
  })
})
