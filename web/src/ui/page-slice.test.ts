import { describe, expect, it } from 'vitest'
import { pageSlice } from './page-slice'

describe('pageSlice', () => {
  it('clamps a page past either end to the first or last one', () => {
    expect(pageSlice(60, 9, 25)).toEqual({ page: 2, pages: 3, start: 50, end: 60 })
    expect(pageSlice(60, -1, 25)).toEqual({ page: 0, pages: 3, start: 0, end: 25 })
  })

  it('has one empty page for no items, so the list says so instead of offering pages', () => {
    expect(pageSlice(0, 0, 25)).toEqual({ page: 0, pages: 1, start: 0, end: 0 })
  })

  it('reads a page number that is not a whole number as the page it falls in, and no number as the first', () => {
    expect(pageSlice(100, 2.7, 10)).toMatchObject({ page: 2, start: 20, end: 30 })
    expect(pageSlice(100, Number.NaN, 10)).toMatchObject({ page: 0, start: 0, end: 10 })
  })
})
