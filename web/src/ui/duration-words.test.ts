import { describe, expect, it } from 'vitest'
import { durationWords } from './duration-words'

describe('durationWords', () => {
  it('says seconds, minutes and hours, leaving out a part that is zero', () => {
    expect(durationWords(12)).toBe('12 s')
    expect(durationWords(245)).toBe('4 min 5 s')
    expect(durationWords(180)).toBe('3 min')
    expect(durationWords(4_700)).toBe('1 h 18 min')
    expect(durationWords(7_200)).toBe('2 h')
    expect(durationWords(-3)).toBe('0 s')
  })
})
