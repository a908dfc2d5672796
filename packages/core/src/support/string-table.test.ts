import { describe, expect, it } from 'vitest'
import { hashId } from './id-hash'
import { StringTable } from './string-table'

describe('StringTable', () => {
  it('numbers distinct strings in the order they were first added', () => {
    const table = new StringTable()
    expect(table.add('contoso')).toBe(0)
    expect(table.add('fabrikam')).toBe(1)
    expect(table.add('contoso')).toBe(0)
    expect(table.size).toBe(2)
    expect(table.keyAt(1)).toBe('fabrikam')
  })

  it('finds what it holds, and answers -1 for what it does not', () => {
    const table = new StringTable()
    table.add('a')
    table.add('')
    expect(table.find('a')).toBe(0)
    expect(table.find('')).toBe(1)
    expect(table.find('b')).toBe(-1)
    expect(table.find('A')).toBe(-1)
  })

  it('keeps every number through growing far past the size it was made for', () => {
    const table = new StringTable(4)
    const words = Array.from({ length: 50_000 }, (_, i) => `word-${(i * 7919) % 100_003}`)
    words.forEach((word, i) => expect(table.add(word)).toBe(i))
    expect(table.size).toBe(50_000)
    expect(words.every((word, i) => table.find(word) === i)).toBe(true)
    expect(table.find('word-1')).toBe(words.indexOf('word-1'))
    expect(table.find('word-100003')).toBe(-1)
  })

  it('tells apart two strings with the same hash', () => {
    // Found by search: the two ids share one 32-bit FNV-1a hash, so only comparing the strings
    // keeps them apart.
    expect(hashId('id-149599')).toBe(hashId('id-312382'))
    const table = new StringTable()
    expect(table.add('id-149599')).toBe(0)
    expect(table.find('id-312382')).toBe(-1)
    expect(table.add('id-312382')).toBe(1)
    expect(table.find('id-149599')).toBe(0)
    expect(table.find('id-312382')).toBe(1)
  })
})
