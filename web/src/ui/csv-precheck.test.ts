import { parseCsv } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { precheckCsv, type CsvShape } from './csv-precheck'

const SHAPE: CsvShape = { columns: ['name', 'colour', 'size'], required: ['name'], rows: 'things' }
const check = (text: string) => precheckCsv(parseCsv(text).records.slice(0, 2), SHAPE)

describe('precheckCsv', () => {
  it('lets a file through with the required column, written in any case, spacing or order', () => {
    expect(check('Size,NAME\nL,Kettle')).toBeUndefined()
  })

  it('names the missing required column with the columns expected', () => {
    expect(check('colour\nred')).toBe(
      'The header row has no "name" column. The columns are: name, colour, size (name required). Nothing was sent.',
    )
  })

  it('refuses a column the import does not read, in the edge’s words', () => {
    expect(check('name,weight\nKettle,2')).toBe(
      'Column "weight" is not a column Seatkeeper reads. Columns: name, colour, size. Nothing was imported.',
    )
  })

  it('says an empty file is empty and which columns it needs', () => {
    expect(check('')).toMatch(/^The file is empty\. .*The columns are: name, colour, size/)
    expect(check('\n\n')).toMatch(/^The file is empty\./)
  })

  it('says a header with no rows under it has nothing to import', () => {
    expect(check('name\n')).toBe('The file has a header but no things under it.')
  })
})
