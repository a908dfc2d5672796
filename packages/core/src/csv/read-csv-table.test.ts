import { describe, expect, it } from 'vitest'
import { readCsvHeader, readCsvRow } from './read-csv-table'

const LABELS = { name: 'name', 'tenant id': 'tenantId' } as const
const clean = (_column: string, cell: string) => cell.trim()

describe('readCsvHeader', () => {
  it('reads a label however a person writes it', () => {
    const read = readCsvHeader({ line: 1, cells: [' Name', 'Tenant_ID'] }, LABELS)
    expect(read.header?.columns).toEqual(['name', 'tenantId'])
  })

  it('stops at an unknown or repeated column, naming it and the columns it reads', () => {
    expect(readCsvHeader({ line: 1, cells: ['name', 'notes'] }, LABELS).error).toEqual({
      line: 1,
      message:
        'Column "notes" is not a column Seatkeeper reads. Columns: name, tenant id. Nothing was imported.',
    })
    expect(readCsvHeader({ line: 1, cells: ['name', 'NAME'] }, LABELS).error?.message).toMatch(
      /^Column "NAME" appears twice\./,
    )
  })
})

describe('readCsvRow', () => {
  const header = readCsvHeader({ line: 1, cells: ['Name', 'Tenant ID'] }, LABELS).header!

  it('reads the cells by column, a column the row leaves out as empty', () => {
    expect(readCsvRow({ line: 2, cells: ['Contoso'] }, header, clean, 10).row).toEqual({
      name: 'Contoso',
      tenantId: '',
    })
  })

  it('refuses a row with more cells than the header, and a cell over the limit in the file’s words', () => {
    expect(readCsvRow({ line: 2, cells: ['a', 'b', 'c'] }, header, clean, 10).problem).toBe(
      'The row has 3 cells but the header has 2 columns. Check for an unquoted comma.',
    )
    expect(readCsvRow({ line: 2, cells: ['a', 'x'.repeat(11)] }, header, clean, 10).problem).toBe(
      'The Tenant ID is longer than 10 characters.',
    )
  })
})
