import { describe, expect, it } from 'vitest'
import { mapConcurrent } from './map-concurrent'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('mapConcurrent', () => {
  it('never has more than `limit` calls in flight and keeps results in input order', async () => {
    let inFlight = 0
    let peak = 0
    const items = Array.from({ length: 20 }, (_, i) => i)
    const out = await mapConcurrent(items, 3, async (item) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      await tick((item * 7) % 5)
      inFlight--
      return item * 10
    })
    expect(peak).toBe(3)
    expect(out).toEqual(items.map((i) => i * 10))
  })

  it('rejects with the first failure only after the calls in flight have settled, starting no new ones', async () => {
    const started: number[] = []
    let settled = 0
    const run = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item)
      if (item === 1) throw new Error('page 2 failed')
      await tick(20)
      settled++
      return item
    })
    await expect(run).rejects.toThrow('page 2 failed')
    expect(settled).toBe(started.length - 1)
    expect(started.length).toBeLessThan(6)
  })

  it('returns an empty list for no items and refuses a limit below 1', async () => {
    expect(await mapConcurrent([], 4, async () => 1)).toEqual([])
    await expect(mapConcurrent([1], 0, async () => 1)).rejects.toThrow(RangeError)
  })
})
