import { emptyRegister } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { parseCsv, toCsv } from './csv-text'
import { customersToCsv, precheckCustomerCsv } from './customers-csv'

describe('toCsv', () => {
  it('quotes fields holding commas, quotes or line breaks and doubles inner quotes', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', undefined, 3]])).toBe(
      'a,"b,c","say ""hi""","two\nlines",,3\r\n',
    )
  })

  it('defuses values a spreadsheet would run as formulas', () => {
    expect(toCsv([['=SUM(A1)', '+61 2 9999', '@cmd']])).toBe("'=SUM(A1),'+61 2 9999,'@cmd\r\n")
  })
})

describe('parseCsv', () => {
  it('reads what toCsv writes back to the same cells', () => {
    const rows = [
      ['name', 'city'],
      ['Acme, Inc', 'Sydney'],
      ['Say "hi"', 'two\nlines'],
    ]
    expect(parseCsv(toCsv(rows)).map((row) => row.cells)).toEqual(rows)
  })

  it('numbers rows by the line they start on, skipping blank lines and counting quoted breaks', () => {
    const rows = parseCsv('\uFEFFname\n\n"A\nB"\nC\r\nD')
    expect(rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [1, 'name'],
      [3, 'A\nB'],
      [5, 'C'],
      [6, 'D'],
    ])
  })

  it('keeps empty trailing fields', () => {
    expect(parseCsv('a,,\n').map((row) => row.cells)).toEqual([['a', '', '']])
  })
})

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
    expect(precheckCustomerCsv(parseCsv('Name,City\nAcme,Sydney'))).toBeUndefined()
  })

  it.each([
    ['', /empty/],
    ['customer,city\nAcme,Sydney', /at least "name"/],
    ['name\n', /no customers/],
  ])('explains what is wrong with %j', (text, message) => {
    expect(precheckCustomerCsv(parseCsv(text))).toMatch(message)
  })
})
