import { describe, expect, it } from 'vitest'
import { arrow, dicker, register, subscription } from '../testing/builders'
import { indexSubscriptions } from './subscription-index'

const positions = (index: ReturnType<typeof indexSubscriptions>) => {
  const seen: number[] = []
  index.forEachPosition((position) => seen.push(position))
  return seen
}

describe('indexSubscriptions', () => {
  it("finds each of the connection's subscriptions by the distributor's id, and no other connection's", () => {
    const reg = register({
      subscriptions: [
        subscription('s1', 'c1', 'S1'),
        { ...subscription('s2', 'c1', 'S2'), connectionId: dicker.id },
        subscription('s3', 'c1', 'S3'),
      ],
    })
    const index = indexSubscriptions(reg, arrow.id)
    expect(index.positionOf('S1')).toBe(0)
    expect(index.positionOf('S2')).toBeUndefined()
    expect(index.positionOf('S3')).toBe(2)
    expect(index.unique).toBe(true)
    expect(positions(index)).toEqual([0, 2])
  })

  it('keeps the first place and the later record of a distributor id held twice', () => {
    const reg = register({
      subscriptions: [
        subscription('a', 'c1', 'S1'),
        subscription('b', 'c1', 'S2'),
        subscription('c', 'c1', 'S1'),
      ],
    })
    const index = indexSubscriptions(reg, arrow.id)
    expect(index.unique).toBe(false)
    expect(index.positionOf('S1')).toBe(2)
    expect(positions(index)).toEqual([2, 1])
  })

  it('finds every id of a register of 20k subscriptions, and none it does not hold', () => {
    const subscriptions = Array.from({ length: 20_000 }, (_, i) =>
      subscription(`s${i}`, 'c1', `sub-${i * 7}`),
    )
    const index = indexSubscriptions(register({ subscriptions }), arrow.id)
    expect(index.unique).toBe(true)
    expect(subscriptions.every((s, i) => index.positionOf(s.externalId) === i)).toBe(true)
    expect(index.positionOf('sub-1')).toBeUndefined()
    expect(positions(index)).toEqual(subscriptions.map((_, i) => i))
  })

  it('tells apart two distributor ids with the same hash', () => {
    // 'id-149599' and 'id-312382' share one 32-bit FNV-1a hash (found by search).
    const reg = register({
      subscriptions: [subscription('a', 'c1', 'id-149599'), subscription('b', 'c1', 'id-312382')],
    })
    const index = indexSubscriptions(reg, arrow.id)
    expect(index.unique).toBe(true)
    expect(index.positionOf('id-149599')).toBe(0)
    expect(index.positionOf('id-312382')).toBe(1)
    expect(positions(index)).toEqual([0, 1])
  })
})
