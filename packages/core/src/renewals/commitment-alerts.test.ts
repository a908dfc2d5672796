import { describe, expect, it } from 'vitest'
import type { LedgerRun } from '../billing/ledger-run'
import type { BillingLine } from '../model/billing'
import type { Subscription } from '../model/register'
import { billingLine, customer, register, subscription } from '../testing/builders'
import { commitmentAlerts } from './commitment-alerts'
import { defaultRenewalSettings } from './renewal-settings'

const today = '2026-12-02'
// An annual term bought 2025-12-20: it renews on 2026-12-20, 18 days from today.
const annual = (extra: Partial<Subscription> = {}) =>
  subscription('s1', 'c1', 'S1', {
    currency: 'AUD',
    startDate: '2025-12-20',
    termMonths: 12,
    billingCycle: 'monthly',
    autoRenew: true,
    unitCost: 30,
    quantity: 25,
    billingLineId: 'l1',
    ...extra,
  })
const world = (subscriptions: Subscription[], lines: BillingLine[] = []) =>
  register({ customers: [customer('c1', 'Contoso')], subscriptions, billingLines: lines })
const line = (quantity: number) => billingLine('l1', 'c1', { quantity, unitPrice: 40 })
const alertsOf = (
  r: ReturnType<typeof world>,
  on = today,
  runs: LedgerRun[] = [],
  settings = defaultRenewalSettings,
) => commitmentAlerts(r, on, settings, { runs })

describe('commitmentAlerts: renewal coming', () => {
  it('warns of a renewal within a lead time while seats are above what is billed, with the money at stake', () => {
    const [alert] = alertsOf(world([annual()], [line(20)]))
    expect(alert).toEqual({
      kind: 'renewal-coming',
      subscriptionId: 's1',
      customerId: 'c1',
      actBy: '2026-12-19',
      words:
        "Contoso's Microsoft 365 Business Premium from ArrowSphere renews on 2026-12-20 for another year with 25 seats, 5 more than Contoso is billed for: reduce them by 2026-12-19 or pay 1800.00 AUD for them for the year.",
      money: { amount: 1800, currency: 'AUD' },
      lead: 30,
    })
  })

  it('says nothing when every seat is billed, auto-renew is off, or the renewal is beyond the lead times', () => {
    expect(alertsOf(world([annual()], [line(25)]))).toEqual([])
    expect(alertsOf(world([annual({ autoRenew: false })], [line(20)]))).toEqual([])
    expect(alertsOf(world([annual()], [line(20)]), '2026-11-19')).toEqual([])
    expect(alertsOf(world([annual()], [line(20)]), '2026-11-20')).toHaveLength(1)
  })

  it('moves to the shorter lead time in the last 7 days, and stops on the renewal day', () => {
    expect(alertsOf(world([annual()], [line(20)]), '2026-12-13')[0]?.lead).toBe(7)
    expect(alertsOf(world([annual()], [line(20)]), '2026-12-19')[0]?.actBy).toBe('2026-12-19')
    const onTheDay = alertsOf(world([annual()], [line(20)]), '2026-12-20')
    expect(onTheDay.map((a) => a.kind)).toEqual([])
  })

  it('says nothing of seats that cost nothing, and words a single seat as one', () => {
    const free = annual({ billingLineId: undefined, quantity: 1, unitCost: 0 })
    expect(alertsOf(world([free]))).toEqual([])
    const [one] = alertsOf(world([annual({ billingLineId: undefined, quantity: 1 })]))
    expect(one?.words).toContain(
      'with its one seat not billed to Contoso: reduce it by 2026-12-19 or pay 360.00 AUD for it for the year.',
    )
  })

  it('counts a subscription on no line as not billed at all', () => {
    const [alert] = alertsOf(world([annual({ billingLineId: undefined })]))
    expect(alert?.words).toContain('with none of its 25 seats billed to Contoso')
    expect(alert?.money).toEqual({ amount: 9000, currency: 'AUD' })
  })

  it('on a monthly term only lead times shorter than the month apply', () => {
    const monthly = annual({ startDate: '2026-01-10', termMonths: 1 })
    // Renews 2026-12-10: 8 days away is within 30 but 30 is no shorter than a month.
    expect(alertsOf(world([monthly], [line(20)]))).toEqual([])
    expect(alertsOf(world([monthly], [line(20)]), '2026-12-03')).toMatchObject([
      { lead: 7, actBy: '2026-12-09', money: { amount: 150, currency: 'AUD' } },
    ])
  })

  it('a triennial term renews for another 3 years at 36 months of cost', () => {
    const triennial = annual({ startDate: '2023-12-20', termMonths: 36 })
    expect(alertsOf(world([triennial], [line(24)]))[0]?.words).toContain(
      'renews on 2026-12-20 for another 3 years with 25 seats, 1 more than Contoso is billed for: reduce it by 2026-12-19 or pay 1080.00 AUD for it for the 3 years.',
    )
  })

  it('writes its days with the date words it is given, as the UI and digest show them', () => {
    const short = (day: string) =>
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.parse(`${day}T00:00:00Z`),
      )
    const [alert] = commitmentAlerts(world([annual()], [line(20)]), today, defaultRenewalSettings, {
      date: short,
    })
    expect(alert?.words).toContain('renews on Dec 20, 2026 for another year')
    expect(alert?.words).toContain('reduce them by Dec 19, 2026 or pay')
    expect(alert?.words).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    // actBy stays a day the code compares.
    expect(alert?.actBy).toBe('2026-12-19')
  })

  it('uses the lead times of the settings and the money words it is given', () => {
    const r = world([annual()], [line(20)])
    expect(commitmentAlerts(r, today, { leadDays: [10], windowWarnHours: 48 })).toEqual([])
    const [alert] = commitmentAlerts(r, today, defaultRenewalSettings, {
      money: (amount) => `A$${amount.toFixed(2)}`,
    })
    expect(alert?.words).toContain('or pay A$1800.00 for them')
  })
})

describe('commitmentAlerts: cancellation windows', () => {
  const renewed = (on: string) => annual({ startDate: `2025-${on.slice(5)}` })

  it("warns in a window's last 48 hours: reduce before it shuts or the seats stay to the term end", () => {
    // Renewed 2026-11-26: the window shuts at the start of 2026-12-03.
    const [alert] = alertsOf(world([renewed('2026-11-26')], [line(25)]))
    expect(alert).toEqual({
      kind: 'window-closing',
      subscriptionId: 's1',
      customerId: 'c1',
      actBy: '2026-12-02',
      words:
        "Contoso's Microsoft 365 Business Premium from ArrowSphere was renewed on 2026-11-26: reduce or cancel its 25 seats before 2026-12-03 (24 hours left) or they stay until 2027-11-26, 9000.00 AUD for the term.",
      money: { amount: 9000, currency: 'AUD' },
    })
  })

  it('warns in the real last 48 hours of the window, counted from now', () => {
    // Renewed 2026-11-26: shut from 00:00Z on 2026-12-03, so its last 48 hours begin at 00:00Z on 12-01.
    const r = world([renewed('2026-11-26')], [line(25)])
    const at = (instant: string, settings = defaultRenewalSettings) =>
      commitmentAlerts(r, instant.slice(0, 10), settings, { now: Date.parse(instant) })
    expect(at('2026-11-30T23:30:00Z')).toEqual([])
    expect(at('2026-12-01T00:30:00Z')[0]?.words).toContain('(47 hours left)')
    // A warning of 36 hours starts at noon, not at the start of the day it falls in.
    const short = { leadDays: [30, 7], windowWarnHours: 36 }
    expect(at('2026-12-01T11:59:00Z', short)).toEqual([])
    expect(at('2026-12-01T12:00:00Z', short)[0]?.words).toContain('(36 hours left)')
  })

  it('says how little is left on the last day: 1 hour at 23:00 UTC, under an hour after 23:00', () => {
    const r = world([renewed('2026-11-26')], [line(25)])
    const words = (instant: string) =>
      commitmentAlerts(r, today, defaultRenewalSettings, { now: Date.parse(instant) })[0]?.words
    expect(words('2026-12-02T23:00:00Z')).toContain('before 2026-12-03 (1 hour left)')
    expect(words('2026-12-02T23:30:00Z')).toContain('before 2026-12-03 (under an hour left)')
  })

  it('is quiet earlier in the window and after it, and warns earlier with a longer setting', () => {
    expect(alertsOf(world([renewed('2026-11-29')], [line(25)]))).toEqual([])
    expect(alertsOf(world([renewed('2026-11-25')], [line(25)]))).toEqual([])
    const wider = { leadDays: [30, 7], windowWarnHours: 120 }
    expect(
      alertsOf(world([renewed('2026-11-29')], [line(25)]), today, [], wider).map((a) => a.kind),
    ).toEqual(['window-closing'])
  })
})

describe('commitmentAlerts: trials', () => {
  const trial = (extra: Partial<Subscription> = {}) =>
    annual({ trial: true, startDate: '2026-11-20', termMonths: undefined, unitCost: 0, ...extra })

  it('warns of a trial converting into a paid year within the longest lead time', () => {
    expect(alertsOf(world([trial()]))).toEqual([
      {
        kind: 'trial-converting',
        subscriptionId: 's1',
        customerId: 'c1',
        actBy: '2026-12-19',
        words:
          "Contoso's Microsoft 365 Business Premium from ArrowSphere is a trial that becomes a paid one-year subscription of 25 seats on 2026-12-20: cancel it or turn auto-renew off by 2026-12-19 unless Contoso will pay for it.",
        lead: 30,
      },
    ])
  })

  it('a trial with auto-renew off does not convert and needs no decision', () => {
    expect(alertsOf(world([trial({ autoRenew: false })]))).toEqual([])
  })

  it('names the paid year when the trial carries the cost it converts at', () => {
    const [alert] = alertsOf(world([trial({ unitCost: 30 })]))
    expect(alert?.money).toEqual({ amount: 9000, currency: 'AUD' })
    expect(alert?.words).toContain('on 2026-12-20 (9000.00 AUD for the year)')
  })
})

describe('commitmentAlerts: mid-term additions', () => {
  const rise: LedgerRun = {
    run: { id: 'r1', finishedAt: '2026-12-01T04:00:00Z' },
    operations: [
      {
        op: 'updateSubscription',
        subscriptionId: 's1',
        before: { quantity: 20 },
        after: { quantity: 25 },
      },
    ],
  }

  it("gives the added seats' own window and the co-termed pro-rata to bill", () => {
    const yearly = billingLine('l1', 'c1', { quantity: 25, unitPrice: 480, period: 'annual' })
    const s = annual({ startDate: '2026-03-01', endDate: '2027-03-01' })
    const [alert] = alertsOf(world([s], [yearly]), today, [rise])
    expect(alert).toMatchObject({
      kind: 'mid-term-addition',
      actBy: '2026-12-07',
      words: expect.stringMatching(
        /^Contoso's Microsoft 365 Business Premium from ArrowSphere rose by 5 seats on 2026-12-01: the added seats can be reduced before 2026-12-08 or they stay, co-termed, until 2027-03-01; bill Contoso \d+\.\d\d AUD pro-rata for them to 2027-03-01\.$/,
      ),
    })
    // pro-rata's own rule: 5 seats × 480 a year × 91 days (2026-12-01 to 2027-03-01) ÷ 365.
    expect(alert?.money).toEqual({ amount: 598.36, currency: 'AUD' })
  })

  it('needs the ledger: without runs, or once 7 days have passed, there is no such alert', () => {
    const s = annual({ startDate: '2026-03-01' })
    expect(alertsOf(world([s], [line(25)]))).toEqual([])
    expect(alertsOf(world([s], [line(25)]), '2026-12-08', [rise])).toEqual([])
    expect(alertsOf(world([s], [line(25)]), '2026-12-07', [rise])).toHaveLength(1)
  })
})

describe('commitmentAlerts: order', () => {
  it('lists the soonest act-by day first', () => {
    const r = register({
      customers: [customer('c1', 'Contoso')],
      subscriptions: [
        annual({ billingLineId: undefined }),
        { ...annual({ startDate: '2025-11-26' }), id: 's2' },
      ],
      billingLines: [line(25)],
    })
    expect(commitmentAlerts(r, today).map((a) => [a.kind, a.actBy])).toEqual([
      ['window-closing', '2026-12-02'],
      ['renewal-coming', '2026-12-19'],
    ])
  })
})
