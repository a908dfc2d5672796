import { describe, expect, it } from 'vitest'
import { arrow, dicker, register, subscription } from '../testing/builders'
import { SubscriptionIndex } from './subscription-index'

describe('SubscriptionIndex', () => {
  it("finds each of the connection's subscriptions by the distributor's id, and no other connection's", () => {
    const reg = register({
      subscriptions: [
        subscription('s1', 'c1', 'S1'),
        { ...subscription('s2', 'c1', 'S2'), connectionId: dicker.id },
        subscription('s3', 'c1', 'S3'),
      ],
    })
    const index = new SubscriptionIndex(reg, arrow.id)
    expect(index.find('S1')?.id).toBe('s1')
    expect(index.find('S2')).toBeUndefined()
    expect(index.find('S3')?.id).toBe('s3')
    expect(index.all().map((s) => s.id)).toEqual(['s1', 's3'])
  })

  it('keeps the first place and the later record of a distributor id held twice', () => {
    const reg = register({
      subscriptions: [
        subscription('a', 'c1', 'S1'),
        subscription('b', 'c1', 'S2'),
        subscription('c', 'c1', 'S1'),
      ],
    })
    const index = new SubscriptionIndex(reg, arrow.id)
    expect(index.find('S1')?.id).toBe('c')
    expect(index.all().map((s) => s.id)).toEqual(['c', 'b'])
  })

  it('says which ids a listing named twice and which records it never named', () => {
    const reg = register({
      subscriptions: [subscription('a', 'c1', 'S1'), subscription('b', 'c1', 'S2')],
    })
    const index = new SubscriptionIndex(reg, arrow.id)
    expect(index.markListed('S2')).toBe(true)
    expect(index.markListed('NEW')).toBe(true)
    expect(index.markListed('S2')).toBe(false)
    expect(index.markListed('NEW')).toBe(false)
    expect(index.unlisted().map((s) => s.id)).toEqual(['a'])
  })

  it('finds every id of a register of 20k subscriptions, and none it does not hold', () => {
    const subscriptions = Array.from({ length: 20_000 }, (_, i) =>
      subscription(`s${i}`, 'c1', `sub-${i * 7}`),
    )
    const index = new SubscriptionIndex(register({ subscriptions }), arrow.id)
    expect(subscriptions.every((s) => index.find(s.externalId) === s)).toBe(true)
    expect(index.find('sub-1')).toBeUndefined()
  })

  it('tells apart two distributor ids with the same hash', () => {
    // 'id-149599' and 'id-312382' share one 32-bit FNV-1a hash (found by search).
    const reg = register({
      subscriptions: [subscription('a', 'c1', 'id-149599'), subscription('b', 'c1', 'id-312382')],
    })
    const index = new SubscriptionIndex(reg, arrow.id)
    expect(index.find('id-149599')?.id).toBe('a')
    expect(index.find('id-312382')?.id).toBe('b')
  })
})
