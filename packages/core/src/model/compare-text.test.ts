import { describe, expect, it } from 'vitest'
import { compareText } from './compare-text'

const sorted = (names: string[]) => [...names].sort(compareText)

describe('compareText', () => {
  it('orders accented names beside their plain letter, as localeCompare did, not after z', () => {
    const names = ['Zoë', 'Ölaf', 'Émile', 'Oscar', 'ångström', 'Anders', 'Bob', 'zoe']
    expect(sorted(names)).toEqual([
      'Anders',
      'ångström',
      'Bob',
      'Émile',
      'Ölaf',
      'Oscar',
      'zoe',
      'Zoë',
    ])
    expect(sorted(names)).toEqual([...names].sort((a, b) => a.localeCompare(b)))
  })

  it('ignores case for the order and breaks a tie the same way every time: lower case first', () => {
    expect(sorted(['Emile', 'bob', 'emile', 'Bob', 'Émile', 'abel', 'Ábel'])).toEqual([
      'abel',
      'Ábel',
      'bob',
      'Bob',
      'emile',
      'Emile',
      'Émile',
    ])
    expect(sorted(['Émile', 'Emile', 'emile'])).toEqual(sorted(['emile', 'Émile', 'Emile']))
  })

  it('reads numbers in names by value, as the Customers list does', () => {
    expect(sorted(['Customer 10', 'Customer 9', 'customer 100', 'Customer 1'])).toEqual([
      'Customer 1',
      'Customer 9',
      'Customer 10',
      'customer 100',
    ])
  })

  it('keeps ISO dates in date order', () => {
    expect(sorted(['2026-11-01', '2026-03-15', '2025-12-31'])).toEqual([
      '2025-12-31',
      '2026-03-15',
      '2026-11-01',
    ])
  })
})
