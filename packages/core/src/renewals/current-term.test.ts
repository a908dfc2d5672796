import { describe, expect, it } from 'vitest'
import { subscription } from '../testing/builders'
import type { Subscription } from '../model/register'
import { currentTerm } from './current-term'

const sub = (extra: Partial<Subscription>) => subscription('s1', 'c1', 'S1', extra)

describe('currentTerm', () => {
  it('a purchase starts the first term; the next begins a term later', () => {
    expect(currentTerm(sub({ startDate: '2026-11-28', termMonths: 12 }), '2026-12-02')).toEqual({
      start: '2026-11-28',
      startedBy: 'purchase',
      next: '2027-11-28',
    })
  })

  it('an annual term renews on its anniversary, a monthly one each month, a triennial every 3 years', () => {
    const on = (termMonths: number) =>
      currentTerm(sub({ startDate: '2024-03-10', termMonths }), '2026-12-02')
    expect(on(12)).toMatchObject({ start: '2026-03-10', startedBy: 'renewal', next: '2027-03-10' })
    expect(on(1)).toMatchObject({ start: '2026-11-10', startedBy: 'renewal', next: '2026-12-10' })
    expect(on(36)).toMatchObject({ start: '2024-03-10', startedBy: 'purchase', next: '2027-03-10' })
  })

  it('counts terms from the contract end date when the distributor gives one, before the start date', () => {
    const s = sub({ startDate: '2026-01-05', contractEndDate: '2027-01-20', termMonths: 12 })
    expect(currentTerm(s, '2026-12-02')).toMatchObject({ start: '2026-01-20', next: '2027-01-20' })
    // The register's end date may be a scheduled termination; the contract end is the term.
    const both = sub({ endDate: '2026-12-20', contractEndDate: '2027-03-01', termMonths: 12 })
    expect(currentTerm(both, '2026-12-02').next).toBe('2027-03-01')
  })

  it('rolls a passed end date on by whole terms while auto-renew is not off', () => {
    const s = sub({ endDate: '2025-06-30', termMonths: 12 })
    expect(currentTerm(s, '2026-12-02')).toMatchObject({ start: '2026-06-30', next: '2027-06-30' })
    expect(currentTerm({ ...s, autoRenew: false }, '2026-12-02')).toMatchObject({
      next: undefined,
      missing: 'ArrowSphere ended its term on 2025-06-30, and it does not renew automatically',
    })
  })

  it('keeps month-end anniversaries from the anchor: Jan 31 renews Feb 28, then Mar 31', () => {
    const s = sub({ startDate: '2026-01-31', termMonths: 1 })
    expect(currentTerm(s, '2026-03-01')).toMatchObject({ start: '2026-02-28', next: '2026-03-31' })
    expect(currentTerm(s, '2026-03-31')).toMatchObject({ start: '2026-03-31', next: '2026-04-30' })
  })

  it('a term bought on a leap day renews on Feb 28 in the years without one', () => {
    const s = sub({ startDate: '2028-02-29', termMonths: 12 })
    expect(currentTerm(s, '2029-03-01')).toMatchObject({ start: '2029-02-28', next: '2030-02-28' })
    expect(currentTerm(s, '2032-03-01')).toMatchObject({ start: '2032-02-29', next: '2033-02-28' })
  })

  it('says which date is missing instead of guessing', () => {
    expect(currentTerm(sub({ termMonths: 12 }), '2026-12-02')).toMatchObject({
      next: undefined,
      missing: 'ArrowSphere gives no start or end date',
    })
    expect(currentTerm(sub({ startDate: '2026-01-01' }), '2026-12-02')).toMatchObject({
      next: undefined,
      missing: 'ArrowSphere gives no term or end date',
    })
    // No term but an end date still to come: that is the renewal.
    expect(currentTerm(sub({ endDate: '2027-02-01' }), '2026-12-02').next).toBe('2027-02-01')
    expect(currentTerm(sub({ endDate: '2026-02-01' }), '2026-12-02').missing).toBe(
      'ArrowSphere gives no term, and its end date 2026-02-01 has passed',
    )
  })

  it('renews on the renewal day itself: that day starts the new term', () => {
    const s = sub({ startDate: '2025-12-02', termMonths: 12 })
    expect(currentTerm(s, '2026-12-01')).toMatchObject({ start: '2025-12-02', next: '2026-12-02' })
    expect(currentTerm(s, '2026-12-02')).toMatchObject({ start: '2026-12-02', next: '2027-12-02' })
  })
})
