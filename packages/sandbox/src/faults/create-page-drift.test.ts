import { describe, expect, it } from 'vitest'
import { createPageDrift } from './create-page-drift'

const items = [1, 2, 3, 4, 5, 6]
const page = (list: number[], n: number) => list.slice((n - 1) * 2, n * 2)

describe('createPageDrift', () => {
  it('keeps the order without the fault', () => {
    const drift = createPageDrift(undefined)
    drift.served(1)
    expect(drift.order(items)).toEqual(items)
  })

  it('moves the last record to the front once the page was served: a later page repeats one and the mover is read on none', () => {
    const drift = createPageDrift({ pageDrift: { afterPage: 1 } })
    const first = page(drift.order(items), 1)
    drift.served(1)
    const second = page(drift.order(items), 2)
    const third = page(drift.order(items), 3)
    expect([first, second, third]).toEqual([
      [1, 2],
      [2, 3],
      [4, 5],
    ])
    expect(drift.order(items)).toHaveLength(items.length)
  })

  it('with insert, holds the last record back until the page was served, then puts it first: the total grows', () => {
    const drift = createPageDrift({ pageDrift: { afterPage: 1, kind: 'insert' } })
    const before = drift.order(items)
    drift.served(1)
    const after = drift.order(items)
    expect([before.length, after.length]).toEqual([5, 6])
    expect([page(before, 1), page(after, 2), page(after, 3)]).toEqual([
      [1, 2],
      [2, 3],
      [4, 5],
    ])
  })
})
