import type { Operation } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { pageSlice } from '../ui/page-slice'
import { CHANGES_PER_PAGE, runChanges } from './run-changes'

/** A first CSV import of `count` customers, each under a top level, as its run records it. */
const bigRun = (count: number): Operation[] =>
  Array.from({ length: count }, (_, i) => ({
    op: 'createCustomer',
    after: { id: `c-${i}`, name: `Customer ${i}`, topLevelId: 'tl-1', inactive: false, version: 1 },
  }))

/** Names that count how often a diff asks for one. */
function countingNames() {
  let lookups = 0
  return {
    names: {
      topLevel: (id: string) => {
        lookups++
        return id === 'tl-1' ? 'Direct customers' : undefined
      },
    },
    lookups: () => lookups,
  }
}

describe('runChanges', () => {
  it('pages a 20,000-change run 25 records at a time, every record on exactly one page', () => {
    const changes = runChanges(bigRun(20_000), {})
    const { pages } = pageSlice(changes.count, 0, CHANGES_PER_PAGE)
    expect(pages).toBe(800)
    const seen: number[] = []
    for (let page = 0; page < pages; page++) {
      const { start, end } = pageSlice(changes.count, page, CHANGES_PER_PAGE)
      expect(end - start).toBeLessThanOrEqual(CHANGES_PER_PAGE)
      seen.push(...changes.find('').slice(start, end))
    }
    expect(seen).toEqual(Array.from({ length: 20_000 }, (_, i) => i))
    expect(changes.diff(seen[seen.length - 1] as number).name).toBe('Customer 19999')
  })

  it('finds a record by its name among 20,000, and by what happened to it', () => {
    const changes = runChanges(bigRun(20_000), {})
    expect(changes.find('customer 12345')).toEqual([12_345])
    expect(changes.find('  CREATED   customer 7777 ')).toEqual([7_777, 17_777])
    expect(changes.find('removed')).toEqual([])
  })

  it('makes each record’s diff once, however often the page or a search reads it', () => {
    const { names, lookups } = countingNames()
    const changes = runChanges(bigRun(1_000), names)
    const first = changes.diff(7)
    expect(changes.diff(7)).toBe(first)
    expect(first.changes).toContainEqual({
      field: 'topLevelId',
      before: '',
      after: 'Direct customers',
    })
    expect(lookups()).toBe(1)
    changes.find('customer 5')
    changes.find('customer 50')
    expect(lookups()).toBe(1_000)
  })

  it('makes no diff until a record is looked at', () => {
    const { names, lookups } = countingNames()
    const changes = runChanges(bigRun(48_000), names)
    const { start, end } = pageSlice(changes.count, 0, CHANGES_PER_PAGE)
    for (let index = start; index < end; index++) changes.diff(index)
    expect(lookups()).toBe(CHANGES_PER_PAGE)
  })
})

describe('runChanges of a run still arriving', () => {
  it('counts and finds the records read so far, keeping the diffs it made', () => {
    const operations = bigRun(50)
    const changes = runChanges(operations, {})
    const first = changes.diff(3)
    expect(changes.count).toBe(50)
    expect(changes.find('customer 49')).toEqual([49])

    operations.push(...bigRun(2_050).slice(50))

    expect(changes.count).toBe(2_050)
    expect(changes.diff(3)).toBe(first)
    expect(changes.find('customer 2049')).toEqual([2_049])
    expect(changes.find('')).toHaveLength(2_050)
  })
})
