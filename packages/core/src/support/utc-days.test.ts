import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDays, addMonths, daysBetween, monthsBetween, todayUtc } from './utc-days'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('UTC days', () => {
  it('clamps a month-end to the shorter month (Jan 31 + 1 month = Feb 28), and leap years to Feb 29', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28')
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28')
  })

  it('counts days across a leap day and a year end', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(daysBetween('2026-12-08', '2026-12-01')).toBe(-7)
  })

  it('counts a month only once its day is reached', () => {
    expect(monthsBetween('2026-01-15', '2026-02-14')).toBe(0)
    expect(monthsBetween('2026-01-15', '2026-02-15')).toBe(1)
    expect(monthsBetween('2025-12-02', '2026-12-02')).toBe(12)
  })
})

describe('todayUtc', () => {
  it('gives the UTC day of an instant: 23:30 at -05:00 on 2 December is already 3 December', () => {
    const instant = Date.parse('2026-12-02T23:30:00-05:00')
    for (const zone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
      vi.stubEnv('TZ', zone)
      expect(todayUtc(instant), zone).toBe('2026-12-03')
    }
  })

  it('gives the UTC day of an instant written ahead of UTC: 09:00 at +11:00 is still the day before', () => {
    expect(todayUtc(Date.parse('2026-12-03T09:00:00+11:00'))).toBe('2026-12-02')
  })
})
