import { describe, expect, it } from 'vitest'
import { parseCsv } from './parse-csv'

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, numbering records by their first line', () => {
    const parsed = parseCsv('name,city\r\n"Smith, Jones","Line ""A""\r\nLine B"\r\nPlain,Perth')
    expect(parsed).toEqual({
      records: [
        { line: 1, cells: ['name', 'city'] },
        { line: 2, cells: ['Smith, Jones', 'Line "A"\r\nLine B'] },
        { line: 4, cells: ['Plain', 'Perth'] },
      ],
    })
  })

  it('drops a byte-order mark and blank lines, and reads LF files the same as CRLF', () => {
    expect(parseCsv('\uFEFFname\n\nA\n').records).toEqual([
      { line: 1, cells: ['name'] },
      { line: 3, cells: ['A'] },
    ])
  })

  it('keeps empty trailing cells', () => {
    expect(parseCsv('a,,\n').records).toEqual([{ line: 1, cells: ['a', '', ''] }])
  })

  it('stops at a quote that is never closed and names its line', () => {
    const parsed = parseCsv('name\nGood\n"Broken,city\n')
    expect(parsed.records).toEqual([
      { line: 1, cells: ['name'] },
      { line: 2, cells: ['Good'] },
    ])
    expect(parsed.error).toEqual({ line: 3, message: expect.stringContaining('never closed') })
  })
})
