import { describe, expect, it } from 'vitest'
import { leadTimesText, readLeadTimes } from './lead-times'

describe('readLeadTimes', () => {
  it('reads days separated by commas, largest first, each once', () => {
    expect(readLeadTimes({ leadDays: '7, 30 ,7', windowWarnHours: '24' })).toEqual({
      settings: { leadDays: [30, 7], windowWarnHours: 24 },
    })
  })

  it('names a word that is not a number of days', () => {
    const read = readLeadTimes({ leadDays: '30, a week', windowWarnHours: '48' })
    expect(read).toEqual({
      errors: { leadDays: expect.stringContaining('"a" is not a number of days') },
    })
  })

  it('says why a number is out of range, in the words the edge uses', () => {
    const read = readLeadTimes({ leadDays: '0', windowWarnHours: '200' })
    expect(read).toEqual({
      errors: {
        leadDays: 'Each renewal lead time must be at least 1 day before the renewal.',
        windowWarnHours:
          'The window warning must be at most 168 hours: the cancellation window lasts 7 days.',
      },
    })
  })

  it('asks for a lead time and an hour count when left empty', () => {
    expect(readLeadTimes({ leadDays: ' ', windowWarnHours: '' })).toEqual({
      errors: {
        leadDays: 'Give at least one lead time in days, such as 30, 7.',
        windowWarnHours: 'Give the window warning in hours, such as 48.',
      },
    })
  })

  it('writes the settings back as the form shows them', () => {
    expect(leadTimesText({ leadDays: [30, 7], windowWarnHours: 48 })).toEqual({
      leadDays: '30, 7',
      windowWarnHours: '48',
    })
  })
})
