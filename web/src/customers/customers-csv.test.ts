import { emptyRegister, parseCsv } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { precheckCsv } from '../ui/csv-precheck'
import { CUSTOMER_CSV, customersToCsv } from './customers-csv'

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

describe('customer CSV precheck', () => {
  const check = (text: string) => precheckCsv(parseCsv(text).records, CUSTOMER_CSV)

  it('accepts a header with a name column and at least one row', () => {
    expect(check('Name,City\nAcme,Sydney')).toBeUndefined()
  })

  it.each([
    ['', /^The file is empty/],
    ['city\nSydney', /^The header row has no "name" column\. .*\(name required\)/],
    ['customer,city\nAcme,Sydney', /^Column "customer" is not a column Seatkeeper reads/],
    ['name\n', /no customers under it/],
  ])('explains what is wrong with %j', (text, message) => {
    expect(check(text)).toMatch(message)
  })
})
