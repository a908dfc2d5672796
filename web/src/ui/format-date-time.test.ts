import { describe, expect, it } from 'vitest'
import { formatDateTime, formatDuration, formatWhen } from './format-date-time'

const now = Date.parse('2026-03-10T12:00:00Z')

describe('formatWhen', () => {
  it('says "just now" for the last minute', () => {
    expect(formatWhen('2026-03-10T11:59:30Z', now)).toBe('just now')
  })

  it('counts hours for something earlier today', () => {
    expect(formatWhen('2026-03-10T10:00:00Z', now)).toMatch(/2 hours ago/)
  })

  it('counts days within a week', () => {
    expect(formatWhen('2026-03-07T12:00:00Z', now)).toMatch(/3 days ago/)
  })

  it('gives the date and time for anything older than a week', () => {
    const old = '2026-01-01T09:00:00Z'
    expect(formatWhen(old, now)).toBe(formatDateTime(old))
    expect(formatWhen(old, now)).not.toMatch(/ago/)
  })

  it('never shows an ISO timestamp for a readable instant', () => {
    expect(formatWhen('2026-03-10T10:00:00.000Z', now)).not.toMatch(/T\d\d:/)
  })
})

describe('formatDuration', () => {
  it('gives tenths of a second for a quick run', () => {
    expect(formatDuration('2026-03-10T12:00:00.000Z', '2026-03-10T12:00:00.400Z')).toBe('0.4 s')
  })

  it('never says a run took no time at all', () => {
    expect(formatDuration('2026-03-10T12:00:00.000Z', '2026-03-10T12:00:00.020Z')).toBe(
      'under 0.1 s',
    )
  })

  it('gives minutes and seconds for a long run', () => {
    expect(formatDuration('2026-03-10T12:00:00Z', '2026-03-10T12:03:05Z')).toBe('3 min 5 s')
  })
})
