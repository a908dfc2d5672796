import { describe, expect, it } from 'vitest'
import { monthPeriod } from './pro-rata-export'

describe('monthPeriod', () => {
  it('runs from the first to the last day of the month, leap years included', () => {
    expect(monthPeriod('2026-11')).toEqual({ start: '2026-11-01', end: '2026-11-30' })
    expect(monthPeriod('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' })
    expect(monthPeriod('2026-12')).toEqual({ start: '2026-12-01', end: '2026-12-31' })
  })

  it('names a month that is not one', () => {
    expect(() => monthPeriod('2026-13')).toThrow(/Choose a billing month/)
    expect(() => monthPeriod('')).toThrow(/Choose a billing month/)
  })
})
