import { describe, expect, it } from 'vitest'
import { toCsv } from './to-csv'
import { parseCsv } from './parse-csv'

describe('parseCsv', () => {
  it('reports an unclosed quote on its line and still reads every row after it', () => {
    const text = [
      'name,city',
      'Acme,Sydney',
      '"Broken Pty,Perth',
      'Delta,Darwin',
      'Echo,Hobart',
      'Foxtrot,Cairns',
      'Golf,Broome',
    ].join('\n')
    const parsed = parseCsv(text)
    expect(parsed.records.map((record) => [record.line, record.cells[0]])).toEqual([
      [1, 'name'],
      [2, 'Acme'],
      [4, 'Delta'],
      [5, 'Echo'],
      [6, 'Foxtrot'],
      [7, 'Golf'],
    ])
    expect(parsed.errors).toEqual([{ line: 3, message: expect.stringContaining('never closed') }])
  })

  it('reports a quote closed in the middle of a field and reads the next line on', () => {
    const parsed = parseCsv('name,city\n"Acme"Pty,Sydney\n"Good, Co",Perth\n')
    expect(parsed.records).toEqual([
      { line: 1, cells: ['name', 'city'] },
      { line: 3, cells: ['Good, Co', 'Perth'] },
    ])
    expect(parsed.errors).toEqual([
      { line: 2, message: expect.stringContaining('must end at a comma') },
    ])
  })

  it('reports every bad line, not only the first', () => {
    const parsed = parseCsv('name\n"One\nTwo\n"Three\nFour')
    expect(parsed.errors.map((error) => error.line)).toEqual([2, 4])
    expect(parsed.records.map((record) => record.cells[0])).toEqual(['name', 'Two', 'Four'])
  })

  it('reads quoted fields with commas, doubled quotes and line breaks, numbering records by their first line', () => {
    const parsed = parseCsv('name,city\r\n"Smith, Jones","Line ""A""\r\nLine B"\r\nPlain,Perth')
    expect(parsed).toEqual({
      records: [
        { line: 1, cells: ['name', 'city'] },
        { line: 2, cells: ['Smith, Jones', 'Line "A"\r\nLine B'] },
        { line: 4, cells: ['Plain', 'Perth'] },
      ],
      errors: [],
    })
  })

  it('drops a byte-order mark and blank lines, and reads LF files the same as CRLF', () => {
    expect(parseCsv('\uFEFFname\n\n"A\nB"\nC\r\nD').records).toEqual([
      { line: 1, cells: ['name'] },
      { line: 3, cells: ['A\nB'] },
      { line: 5, cells: ['C'] },
      { line: 6, cells: ['D'] },
    ])
  })

  it('keeps empty trailing cells and a quote inside an unquoted field', () => {
    expect(parseCsv('a,,\nSay "hi",b\n').records).toEqual([
      { line: 1, cells: ['a', '', ''] },
      { line: 2, cells: ['Say "hi"', 'b'] },
    ])
  })

  it('reads what toCsv writes back to the same cells', () => {
    const rows = [
      ['name', 'city'],
      ['Acme, Inc', 'Sydney'],
      ['Say "hi"', 'two\nlines'],
    ]
    expect(parseCsv(toCsv(rows)).records.map((record) => record.cells)).toEqual(rows)
  })
})
