import { describe, expect, it } from 'vitest'
import { countryCode } from './country-code'

describe('countryCode', () => {
  it('keeps an alpha-2 code whatever its case', () => {
    expect(countryCode(' de ')).toBe('DE')
  })

  it('maps an English country name to its code', () => {
    expect(countryCode(null, 'Australia')).toBe('AU')
    expect(countryCode('Switzerland')).toBe('CH')
  })

  it('maps a country named in a marketplace language to its code', () => {
    expect(countryCode('Schweiz')).toBe('CH')
    expect(countryCode('Deutschland')).toBe('DE')
    expect(countryCode('Österreich')).toBe('AT')
  })

  it('falls back on the name when the code is not alpha-2', () => {
    expect(countryCode('AUS', 'Australia')).toBe('AU')
  })

  it('gives nothing for a name it cannot read, rather than a guess', () => {
    expect(countryCode('Atlantis')).toBeUndefined()
  })
})
