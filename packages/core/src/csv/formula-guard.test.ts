import { describe, expect, it } from 'vitest'
import { guardFormula, unguardFormula } from './formula-guard'

const names = [
  '=HYPERLINK("http://evil.example","Click")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1)',
  '\tTabbed',
  "'=already quoted",
  "O'Brien & Co",
  'Plain Name',
]

describe('formula guard', () => {
  it('prefixes a cell a spreadsheet would run as a formula with an apostrophe', () => {
    expect(guardFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`)
    expect(guardFormula('+cmd')).toBe(`'+cmd`)
    expect(guardFormula('Plain Name')).toBe('Plain Name')
  })

  it.each(names)('gives back exactly what was exported: %s', (name) => {
    expect(unguardFormula(guardFormula(name))).toBe(name)
  })

  it('leaves an apostrophe that is part of a name', () => {
    expect(unguardFormula("'Tis the Season Ltd")).toBe("'Tis the Season Ltd")
  })
})
