import { emptyRegister, parseCsv } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { customersToCsv, precheckCustomerCsv } from './customers-csv'

describe('customersToCsv', () => {
  it('writes the import columns with each customer’s top level by name, sorted by name', () => {
    const register = {
      ...emptyRegister(),
      topLevels: [{ id: 't-1', name: 'Northwind Group' }],
      customers: [
        { id: 'c-2', name: 'Zeta', inactive: false, version: 1 },
        {
          id: 'c-1',
          name: 'Acme, Pty',
          topLevelId: 't-1',
          mainSite: { line1: '1 George St', city: 'Sydney', country: 'AU' },
          domain: 'acme.example',
          inactive: false,
          version: 2,
        },
      ],
    }
    const lines = customersToCsv(register).split('\r\n')
    expect(lines[0]).toBe(
      'name,top level,address line 1,address line 2,city,region,postcode,country,domain,tenant id,tax id',
    )
    expect(lines[1]).toBe('"Acme, Pty",Northwind Group,1 George St,,Sydney,,,AU,acme.example,,')
    expect(lines[2]).toBe('Zeta,,,,,,,,,,')
  })
})

describe('precheckCustomerCsv', () => {
  it('accepts a header with a name column and at least one row', () => {
    expect(precheckCustomerCsv(parseCsv('Name,City\nAcme,Sydney').records)).toBeUndefined()
  })

  it.each([
    ['', /empty/],
    ['customer,city\nAcme,Sydney', /at least "name"/],
    ['name\n', /no customers/],
  ])('explains what is wrong with %j', (text, message) => {
    expect(precheckCustomerCsv(parseCsv(text).records)).toMatch(message)
  })
})
