import { describe, expect, it } from 'vitest'
import { isOneEditApart, TypoIndex } from './typo-index'

describe('isOneEditApart', () => {
  it('accepts one insertion, deletion, substitution or swap of neighbours', () => {
    expect(isOneEditApart('summit', 'summmit')).toBe(true)
    expect(isOneEditApart('summit', 'sumit')).toBe(true)
    expect(isOneEditApart('summit', 'sammit')).toBe(true)
    expect(isOneEditApart('summit', 'smumit')).toBe(true)
  })

  it('refuses two edits and the same word', () => {
    expect(isOneEditApart('summit', 'samnit')).toBe(false)
    expect(isOneEditApart('summit', 'summit')).toBe(false)
    expect(isOneEditApart('summit', 'summitry')).toBe(false)
  })
})

describe('TypoIndex', () => {
  const words = ['quillonar', 'physiotherapy', 'marfenix', 'marfenex']
  const index = new TypoIndex()
  words.forEach((word, id) => index.file(word, id))
  const wordAt = (id: number) => words[id] as string

  it('finds the one long register word a misspelt word stands for', () => {
    expect(index.correct('quilonar', wordAt)).toBe(0)
    expect(index.correct('physoitherapy', wordAt)).toBe(1)
  })

  it('finds none when the typo could stand for two words, or the word is short', () => {
    expect(index.correct('marfenax', wordAt)).toBeUndefined()
    const short = new TypoIndex()
    short.file('brand', 0)
    expect(short.correct('brandt', () => 'brand')).toBeUndefined()
  })
})
