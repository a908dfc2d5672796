import type { CommitmentEntry } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import {
  actByOf,
  alertsDue,
  moneyDue,
  filterRenewals,
  NO_RENEWAL_FILTER,
  renewalChoices,
  renewalRows,
  termKind,
  termWords,
  TERM_KIND_LABELS,
  timelineMarks,
} from './renewals-model'

const TODAY = '2026-12-03'
const entry = (over: Partial<CommitmentEntry>): CommitmentEntry => ({
  subscriptionId: 's1',
  customerId: 'c1',
  distributor: 'Pax8',
  name: 'Microsoft 365 Business Premium',
  termMonths: 12,
  autoRenew: true,
  trial: false,
  quantity: 10,
  nextRenewal: '2027-01-10',
  ...over,
})
const names = (id: string) => ({ c1: 'Ashford Travel', c2: 'Brook Dental' })[id] ?? '?'

describe('renewal words', () => {
  it('words the term as length and whether it renews', () => {
    expect(termWords(entry({}))).toBe('annual, renews automatically')
    expect(termWords(entry({ termMonths: 1, autoRenew: false }))).toBe('monthly, does not renew')
    expect(termWords(entry({ termMonths: 36, autoRenew: undefined }))).toBe(
      '3-year, auto-renew not given',
    )
    expect(termWords(entry({ termMonths: undefined }))).toMatch(/^term not given/)
  })

  it('marks a trial with the day it converts to paid', () => {
    const words = termWords(entry({ trial: true, trialConverts: '2027-01-02' }))
    expect(words).toMatch(/^Trial — converts to paid on /)
    expect(words).toContain('2027')
    expect(termWords(entry({ trial: true, nextRenewal: '2027-01-02' }))).toMatch(/does not convert/)
  })

  it('files a six-month term under a filter of its own, as its Term column words it "6-month"', () => {
    const six = entry({ termMonths: 6 })
    expect(termWords(six)).toBe('6-month, renews automatically')
    expect(TERM_KIND_LABELS[termKind(six)]).toBe('Shorter than a year')
    expect(TERM_KIND_LABELS[termKind(entry({ termMonths: undefined }))]).toBe('Term not given')
    expect(TERM_KIND_LABELS[termKind(entry({ termMonths: 24 }))]).toBe('Longer than a year')
  })

  it("words an open window's hours left as the core counts them from now", () => {
    const window = (hoursLeft: number) => ({
      opened: '2026-11-27',
      closes: '2026-12-04',
      hoursLeft,
      reason: 'purchase' as const,
      seats: 10,
    })
    const event = (hoursLeft: number) =>
      renewalRows([entry({ window: window(hoursLeft) })], TODAY, names)[0]?.event
    expect(event(1)).toMatch(/^Cancellation window for the purchase shuts on .+ \(1 hour left\)$/)
    expect(event(0)).toMatch(/\(under an hour left\)$/)
    expect(event(36)).toMatch(/\(36 hours left\)$/)
  })

  it('asks for action the day before a renewal, or before an open window shuts', () => {
    expect(actByOf(entry({}))).toBe('2027-01-09')
    const window = {
      opened: '2026-12-01',
      closes: '2026-12-08',
      hoursLeft: 120,
      reason: 'renewal' as const,
      seats: 10,
    }
    expect(actByOf(entry({ window }))).toBe('2026-12-07')
    expect(actByOf(entry({ nextRenewal: undefined }))).toBeUndefined()
  })
})

describe('renewalRows', () => {
  const entries = [
    entry({ subscriptionId: 'late', nextRenewal: '2027-06-01' }),
    entry({
      subscriptionId: 'feb',
      customerId: 'c2',
      nextRenewal: '2027-02-01',
      distributor: 'Sherweb',
    }),
    entry({
      subscriptionId: 'jan',
      nextRenewal: '2027-01-10',
      costPerTerm: { amount: 2640, currency: 'USD' },
    }),
    entry({
      subscriptionId: 'none',
      nextRenewal: undefined,
      missing: 'Pax8 gives no term or end date',
    }),
    entry({
      subscriptionId: 'trial',
      trial: true,
      termMonths: undefined,
      nextRenewal: '2026-12-20',
      trialConverts: '2026-12-20',
    }),
  ]
  const rows = renewalRows(entries, TODAY, names)

  it('keeps the next 90 days, soonest act-by first, and the undated last with why', () => {
    expect(rows.map((r) => r.entry.subscriptionId)).toEqual(['trial', 'jan', 'feb', 'none'])
    expect(rows[3]?.event).toBe('Pax8 gives no term or end date')
    expect(rows[3]?.actBy).toBeUndefined()
  })

  it('names the customer and formats the money per renewal', () => {
    expect(rows[1]?.customer).toBe('Ashford Travel')
    expect(rows[1]?.money).toMatch(/2,640\.00/)
    expect(rows[2]?.money).toBe('')
  })

  it('filters by distributor, customer and term', () => {
    expect(
      filterRenewals(rows, { ...NO_RENEWAL_FILTER, distributor: 'Sherweb' }).map(
        (r) => r.entry.subscriptionId,
      ),
    ).toEqual(['feb'])
    expect(filterRenewals(rows, { ...NO_RENEWAL_FILTER, customerId: 'c2' })).toHaveLength(1)
    expect(
      filterRenewals(rows, { ...NO_RENEWAL_FILTER, term: 'trial' }).map(
        (r) => r.entry.subscriptionId,
      ),
    ).toEqual(['trial'])
    expect(filterRenewals(rows, NO_RENEWAL_FILTER)).toHaveLength(4)
  })

  it('offers only the distributors and terms the list has', () => {
    const choices = renewalChoices(rows)
    expect(choices.distributors).toEqual(['Pax8', 'Sherweb'])
    expect(choices.terms.map((t) => t.value)).toEqual(['annual', 'trial'])
  })

  it('places dated rows on the timeline by day and leaves the undated off', () => {
    const marks = timelineMarks(rows, TODAY)
    expect(marks).toHaveLength(3)
    expect(marks[0]).toMatchObject({ day: '2026-12-20', kind: 'trial' })
    expect(marks[0]?.at).toBeCloseTo(17 / 90)
  })
})

describe('Decide this month', () => {
  const alert = (actBy: string, money?: { amount: number; currency: string }) => ({ actBy, money })
  it('keeps the alerts to act on within 30 days, soonest first', () => {
    const due = alertsDue([alert('2027-01-10'), alert('2026-12-05'), alert('2027-01-02')], TODAY)
    expect(due.map((a) => a.actBy)).toEqual(['2026-12-05', '2027-01-02'])
  })
  it('sums their money per currency', () => {
    expect(
      moneyDue([
        alert('2026-12-05', { amount: 10.1, currency: 'USD' }),
        alert('2026-12-06', { amount: 20.2, currency: 'USD' }),
        alert('2026-12-07', { amount: 5, currency: 'EUR' }),
        alert('2026-12-08'),
      ]),
    ).toEqual([
      { amount: 30.3, currency: 'USD' },
      { amount: 5, currency: 'EUR' },
    ])
  })
})
