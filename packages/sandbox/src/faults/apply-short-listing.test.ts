import { describe, expect, it } from 'vitest'
import { applyShortListing } from './apply-short-listing'

const items = Array.from({ length: 100 }, (_, i) => i)

describe('applyShortListing', () => {
  it('returns the list untouched without the fault', () => {
    expect(applyShortListing(items, undefined)).toBe(items)
    expect(applyShortListing(items, { shortListing: { dropShare: 0 } })).toEqual(items)
  })

  it('drops the share, spread evenly, the same items every time', () => {
    const short = applyShortListing(items, { shortListing: { dropShare: 0.1 } })
    expect(short).toHaveLength(90)
    const dropped = items.filter((i) => !short.includes(i))
    expect(dropped).toEqual([9, 19, 29, 39, 49, 59, 69, 79, 89, 99])
    expect(applyShortListing(items, { shortListing: { dropShare: 0.1 } })).toEqual(short)
  })

  it('drops everything at a share of 1', () => {
    expect(applyShortListing(items, { shortListing: { dropShare: 1 } })).toEqual([])
  })
})
