import { describe, expect, it } from 'vitest'
import { toCsv } from './to-csv'

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
