import { describe, expect, it } from 'vitest'
import type { LedgerRun } from '../billing/ledger-run'
import type { Subscription } from '../model/register'
import type { Operation } from '../operations/operation'
import { customer, register, subscription } from '../testing/builders'
import { commitmentCalendar } from './commitment-calendar'

const today = '2026-12-02'
const sub = (id: string, extra: Partial<Subscription> = {}) =>
  subscription(id, 'c1', id.toUpperCase(), { currency: 'AUD', ...extra })
const world = (...subscriptions: Subscription[]) =>
  register({ customers: [customer('c1', 'Contoso')], subscriptions })
const entryOf = (s: Subscription, on = today, runs: LedgerRun[] = [], now?: string) =>
  commitmentCalendar(world(s), on, undefined, {
    runs,
    ...(now === undefined ? {} : { now: Date.parse(now) }),
  })[0]
const rise = (from: number, to: number): Operation => ({
  op: 'updateSubscription',
  subscriptionId: 's1',
  before: { quantity: from },
  after: { quantity: to },
})
const run = (id: string, finishedAt: string, ...operations: Operation[]): LedgerRun => ({
  run: { id, finishedAt },
  operations,
})

describe('commitmentCalendar: renewals', () => {
  it('gives an annual subscription its next renewal, auto-renew and the cost of a term', () => {
    const s = sub('s1', {
      startDate: '2025-12-20',
      termMonths: 12,
      autoRenew: true,
      billingCycle: 'monthly',
      unitCost: 30,
      quantity: 10,
    })
    expect(entryOf(s)).toEqual({
      subscriptionId: 's1',
      customerId: 'c1',
      distributor: 'ArrowSphere',
      name: 'Microsoft 365 Business Premium',
      termMonths: 12,
      autoRenew: true,
      trial: false,
      quantity: 10,
      nextRenewal: '2026-12-20',
      // 10 seats × 30 a month × 12 months.
      costPerTerm: { amount: 3600, currency: 'AUD' },
    })
  })

  it('prices a term by the billing cycle: an annual cost once a year, a triennial three times', () => {
    const cost = (extra: Partial<Subscription>) =>
      entryOf(sub('s1', { startDate: '2026-06-01', quantity: 2, unitCost: 300, ...extra }))
        ?.costPerTerm?.amount
    expect(cost({ termMonths: 12, billingCycle: 'annual' })).toBe(600)
    expect(cost({ termMonths: 36, billingCycle: 'annual' })).toBe(1800)
    expect(cost({ termMonths: 1, billingCycle: 'monthly' })).toBe(600)
    expect(cost({ termMonths: 12, billingCycle: 'other' })).toBeUndefined()
    expect(cost({ termMonths: 12, currency: undefined })).toBeUndefined()
  })

  it('says when the distributor gives no date instead of guessing one', () => {
    expect(entryOf(sub('s1', { distributor: 'ALSO', startDate: '2026-01-01' }))).toMatchObject({
      nextRenewal: undefined,
      missing: 'ALSO gives no term or end date',
    })
  })

  it('lists only live subscriptions, soonest renewal first and unknown dates last', () => {
    const r = world(
      sub('late', { startDate: '2026-03-01', termMonths: 12 }),
      sub('none', {}),
      sub('soon', { startDate: '2026-01-10', termMonths: 1 }),
      sub('gone', { startDate: '2026-01-10', termMonths: 1, status: 'cancelled' }),
      sub('off', { startDate: '2026-01-10', termMonths: 1, active: false }),
    )
    expect(commitmentCalendar(r, today).map((e) => [e.subscriptionId, e.nextRenewal])).toEqual([
      ['soon', '2026-12-10'],
      ['late', '2027-03-01'],
      ['none', undefined],
    ])
  })
})

describe('commitmentCalendar: cancellation windows', () => {
  it('a purchase opens a 7-day window over all its seats, 168 hours from the start of its day', () => {
    const s = sub('s1', { startDate: '2026-12-02', termMonths: 12, quantity: 25 })
    expect(entryOf(s)?.window).toEqual({
      opened: '2026-12-02',
      closes: '2026-12-09',
      hoursLeft: 168,
      reason: 'purchase',
      seats: 25,
    })
  })

  it('a renewal opens its own window; a month into the term there is none', () => {
    const s = sub('s1', { startDate: '2025-11-29', termMonths: 12 })
    expect(entryOf(s)?.window).toMatchObject({ reason: 'renewal', opened: '2026-11-29' })
    expect(entryOf(s, '2026-12-29')?.window).toBeUndefined()
  })

  it('at the UTC day boundary: a window closing today still has 24 hours, one that closed yesterday is gone', () => {
    // Bought on 2026-11-26: shut from the start of 2026-12-03, so 2026-12-02 is the last day.
    const closingToday = sub('s1', { startDate: '2026-11-26', termMonths: 12 })
    expect(entryOf(closingToday)?.window).toMatchObject({ closes: '2026-12-03', hoursLeft: 24 })
    const closedYesterday = sub('s1', { startDate: '2026-11-25', termMonths: 12 })
    expect(entryOf(closedYesterday)?.window).toBeUndefined()
    expect(entryOf(closingToday, '2026-11-30')?.window?.hoursLeft).toBe(72)
  })

  it('counts hours left from now to the window shutting: 1 hour at 23:00 UTC of its last day, not 24', () => {
    // Bought on 2026-11-26: shut from 00:00Z on 2026-12-03.
    const s = sub('s1', { startDate: '2026-11-26', termMonths: 12 })
    expect(entryOf(s, today, [], '2026-12-02T23:00:00Z')?.window?.hoursLeft).toBe(1)
    expect(entryOf(s, today, [], '2026-12-02T00:30:00Z')?.window?.hoursLeft).toBe(23)
    // Whole hours, rounded down: never more time than there is.
    expect(entryOf(s, today, [], '2026-12-02T23:30:00Z')?.window?.hoursLeft).toBe(0)
    expect(entryOf(s, '2026-11-26', [], '2026-11-26T09:15:00Z')?.window?.hoursLeft).toBe(158)
  })

  it('without an instant, counts hours from the start of today: the most the day has', () => {
    const s = sub('s1', { startDate: '2026-11-26', termMonths: 12 })
    expect(entryOf(s)?.window?.hoursLeft).toBe(
      entryOf(s, today, [], `${today}T00:00:00Z`)?.window?.hoursLeft,
    )
  })

  it('refuses an instant that is not on the day it is read for', () => {
    const s = sub('s1', { startDate: '2026-11-26', termMonths: 12 })
    expect(() => entryOf(s, today, [], '2026-12-03T00:00:00Z')).toThrow(
      'The instant 2026-12-03T00:00:00.000Z is not on the UTC day 2026-12-02',
    )
  })

  it('a monthly term opens a window every month; a purchase yet to come has none', () => {
    const s = sub('s1', { startDate: '2026-01-31', termMonths: 1 })
    expect(entryOf(s, '2026-03-02')?.window).toMatchObject({
      opened: '2026-02-28',
      reason: 'renewal',
    })
    expect(entryOf(sub('s1', { startDate: '2026-12-05', termMonths: 1 }))?.window).toBeUndefined()
  })

  it('seats added mid-term open a window of their own, known only from the run ledger', () => {
    const s = sub('s1', { startDate: '2026-06-01', termMonths: 12, quantity: 30 })
    const runs = [run('r1', '2026-11-30T03:00:00Z', rise(25, 30))]
    expect(entryOf(s)?.window).toBeUndefined()
    expect(entryOf(s, today, runs)?.window).toEqual({
      opened: '2026-11-30',
      closes: '2026-12-07',
      hoursLeft: 120,
      reason: 'addition',
      seats: 5,
    })
    // A rise older than 7 days, or a fall, opens nothing.
    expect(
      entryOf(s, today, [run('r0', '2026-11-24T03:00:00Z', rise(25, 30))])?.window,
    ).toBeUndefined()
    expect(
      entryOf(s, today, [run('r2', '2026-12-01T03:00:00Z', rise(30, 25))])?.window,
    ).toBeUndefined()
  })

  it("a renewal's window covers the seats added in it: it is the one shown", () => {
    const s = sub('s1', { startDate: '2025-11-30', termMonths: 12, quantity: 30 })
    const runs = [run('r1', '2026-12-01T03:00:00Z', rise(25, 30))]
    expect(entryOf(s, today, runs)?.window).toMatchObject({ reason: 'renewal', seats: 30 })
  })
})

describe('commitmentCalendar: trials', () => {
  it('a trial converts on its end date, else 30 days after it started, unless auto-renew is off', () => {
    const trial = sub('s1', { trial: true, startDate: '2026-11-20', quantity: 25, unitCost: 0 })
    expect(entryOf(trial)).toMatchObject({
      trial: true,
      nextRenewal: '2026-12-20',
      trialConverts: '2026-12-20',
    })
    expect(entryOf(trial)?.costPerTerm).toBeUndefined()
    expect(entryOf({ ...trial, endDate: '2026-12-15' })?.trialConverts).toBe('2026-12-15')
    const off = entryOf({ ...trial, autoRenew: false })
    expect(off).toMatchObject({ nextRenewal: '2026-12-20', autoRenew: false })
    expect(off?.trialConverts).toBeUndefined()
  })

  it('writes the days of its missing-date words with the date words it is given', () => {
    const long = (day: string) => `the day ${day.slice(8)}.${day.slice(5, 7)}.${day.slice(0, 4)}`
    const entry = (s: Subscription) =>
      commitmentCalendar(world(s), today, undefined, { date: long })[0]?.missing
    expect(entry(sub('s1', { trial: true, startDate: '2026-10-01' }))).toBe(
      'ArrowSphere still lists it as a trial, although the trial was due to end on the day 31.10.2026',
    )
    expect(entry(sub('s1', { endDate: '2026-11-01', termMonths: 12, autoRenew: false }))).toBe(
      'ArrowSphere ended its term on the day 01.11.2026, and it does not renew automatically',
    )
    expect(entry(sub('s1', { endDate: '2026-11-01' }))).toBe(
      'ArrowSphere gives no term, and its end date the day 01.11.2026 has passed',
    )
  })

  it('a trial still listed after its day says so, and one with no dates says which are missing', () => {
    expect(entryOf(sub('s1', { trial: true, startDate: '2026-10-01' }))).toMatchObject({
      nextRenewal: undefined,
      missing:
        'ArrowSphere still lists it as a trial, although the trial was due to end on 2026-10-31',
    })
    expect(entryOf(sub('s1', { trial: true }))?.missing).toBe(
      'ArrowSphere gives no start or end date for the trial',
    )
  })
})
