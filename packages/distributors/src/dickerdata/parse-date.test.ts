import { describe, expect, it } from 'vitest'
import { parseDickerDate } from './parse-date'

describe('parseDickerDate', () => {
  it('keeps the calendar date of a zoneless date-time as written', () => {
    expect(parseDickerDate('2025-06-30T00:00:00')).toBe('2025-06-30')
    expect(parseDickerDate('2025-06-30T23:59:59.997')).toBe('2025-06-30')
  })

  it('reads a day-first Australian date', () => {
    expect(parseDickerDate('01/03/2025')).toBe('2025-03-01')
  })

  it('treats null, empty and the .NET minimum date as no date', () => {
    expect(parseDickerDate(null)).toBeUndefined()
    expect(parseDickerDate('')).toBeUndefined()
    expect(parseDickerDate('0001-01-01T00:00:00')).toBeUndefined()
  })

  it('answers null for text that is not a date', () => {
    expect(parseDickerDate('next tuesday')).toBeNull()
    expect(parseDickerDate('2025-02-30T00:00:00')).toBeNull()
  })
})
