import { describe, expect, it } from 'vitest'
import { scrollToReveal, visibleRange } from './visible-range'

describe('visibleRange', () => {
  it('renders only the rows in view plus the overscan, at the top', () => {
    expect(
      visibleRange({
        scrollTop: 0,
        viewportHeight: 400,
        rowHeight: 40,
        count: 10_000,
        overscan: 5,
      }),
    ).toEqual({
      start: 0,
      end: 16,
      offsetTop: 0,
      totalHeight: 400_000,
    })
  })

  it('renders a window around the scroll position in the middle of 10,000 rows', () => {
    const range = visibleRange({
      scrollTop: 200_020,
      viewportHeight: 400,
      rowHeight: 40,
      count: 10_000,
      overscan: 5,
    })
    expect(range).toMatchObject({ start: 4995, end: 5016, offsetTop: 4995 * 40 })
    expect(range.end - range.start).toBeLessThan(30)
  })

  it('never runs past the last row, even when scrolled beyond the end', () => {
    const range = visibleRange({
      scrollTop: 9e9,
      viewportHeight: 400,
      rowHeight: 40,
      count: 100,
      overscan: 5,
    })
    expect(range.end).toBe(100)
    expect(range.start).toBe(85)
  })

  it('renders nothing for an empty list and everything for a short one', () => {
    expect(
      visibleRange({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 0 }),
    ).toMatchObject({ start: 0, end: 0, totalHeight: 0 })
    expect(
      visibleRange({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 3 }),
    ).toMatchObject({ start: 0, end: 3 })
  })
})

describe('scrollToReveal', () => {
  it('scrolls up or down just enough to show a row, and not at all when it shows', () => {
    expect(scrollToReveal(2, 200, 400, 40)).toBe(80)
    expect(scrollToReveal(20, 200, 400, 40)).toBe(440)
    expect(scrollToReveal(8, 200, 400, 40)).toBeUndefined()
  })
})
