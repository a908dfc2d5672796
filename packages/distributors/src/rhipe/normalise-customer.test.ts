import { describe, expect, it } from 'vitest'
import { normaliseRhipeCustomer } from './normalise-customer'
import type { RhipeCustomer } from './schemas'

const base: RhipeCustomer = {
  CustomerId: '310010',
  CustomerName: '  Kestrel Dental Pty Ltd ',
  IsActive: true,
}

describe('normaliseRhipeCustomer', () => {
  it('finds the ISO code from the country name when CountryIsoCode is empty', () => {
    const customer = normaliseRhipeCustomer({
      ...base,
      City: 'Auckland',
      Country: 'New Zealand',
      CountryIsoCode: null,
    })
    expect(customer.address).toEqual({ city: 'Auckland', country: 'NZ' })
    expect(customer.name).toBe('Kestrel Dental Pty Ltd')
  })

  it('joins Street2 and Street3 into the second line', () => {
    const customer = normaliseRhipeCustomer({
      ...base,
      Street1: '1 Main St',
      Street2: 'Level 2',
      Street3: 'Suite 5',
    })
    expect(customer.address).toEqual({ line1: '1 Main St', line2: 'Level 2, Suite 5' })
  })

  it('uses the billing address only when there is no main address', () => {
    const billingOnly = normaliseRhipeCustomer({
      ...base,
      BillingCity: 'Perth',
      BillingCountryIsoCode: 'au',
    })
    expect(billingOnly.address).toEqual({ city: 'Perth', country: 'AU' })
    const both = normaliseRhipeCustomer({ ...base, City: 'Hobart', BillingCity: 'Perth' })
    expect(both.address).toEqual({ city: 'Hobart' })
  })

  it('prefers the Microsoft tenant over another program’s id', () => {
    const customer = normaliseRhipeCustomer({
      ...base,
      CustomerProgramAgreements: [
        { Id: 'aaaaaaaa-0000-4000-a000-000000000001', ProgramName: 'Acronis Cyber Protect' },
        { Id: 'BBBBBBBB-0000-4000-A000-000000000002', ProgramName: 'Microsoft CSP' },
      ],
    })
    expect(customer.tenantId).toBe('bbbbbbbb-0000-4000-a000-000000000002')
  })

  it('gives no tenant for a customer whose only agreement is another vendor’s', () => {
    const customer = normaliseRhipeCustomer({
      ...base,
      CustomerProgramAgreements: [
        { Id: 'aaaaaaaa-0000-4000-a000-000000000001', ProgramName: 'Acronis Cyber Protect' },
      ],
    })
    expect(customer.tenantId).toBeUndefined()
  })

  it('takes the domain from a web address written without a scheme', () => {
    expect(normaliseRhipeCustomer({ ...base, WebUrl: 'www.kestrel.example/about' }).domain).toBe(
      'kestrel.example',
    )
  })

  it('reads a customer without the IsActive flag as active', () => {
    expect(normaliseRhipeCustomer({ CustomerId: '1', CustomerName: 'A' }).status).toBe('active')
  })
})
