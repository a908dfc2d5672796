import { describe, expect, it } from 'vitest'
import { canonicalWord } from './name-tables'

describe('canonicalWord', () => {
  it('spells out abbreviations and reads number words as digits, in each language', () => {
    expect(canonicalWord('mt')).toBe('mount')
    expect(canonicalWord('svcs')).toBe('services')
    expect(canonicalWord('three')).toBe(canonicalWord('3'))
    expect(canonicalWord('drei')).toBe('3')
    expect(canonicalWord('trois')).toBe('3')
    expect(canonicalWord('drie')).toBe('3')
  })

  it('leaves ordinary words, and abbreviations that are words elsewhere, alone', () => {
    expect(canonicalWord('summit')).toBe('summit')
    expect(canonicalWord('st')).toBe('st')
    expect(canonicalWord('co')).toBe('co')
  })
})
