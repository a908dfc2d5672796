import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LedgerRun } from '../billing/ledger-run'
import type { Subscription } from '../model/register'
import { billingLine, customer, register, subscription } from '../testing/builders'
import * as utcDays from '../support/utc-days'
import { commitmentAlerts } from './commitment-alerts'
import { commitmentCalendar } from './commitment-calendar'

// The rules count UTC days, so the machine's zone must change nothing. Node applies a new TZ
// environment variable at once (it resets its zone cache), so each zone is set here in-process
// (vi.stubEnv); the first test checks it took, the last that this comparison would catch a
// local-time method.

const ZONES = ['Pacific/Auckland', 'America/Los_Angeles'] as const
const inZone = (zone: string) => vi.stubEnv('TZ', zone)
afterEach(() => {
  vi.unstubAllEnvs()
})

const sub = (id: string, extra: Partial<Subscription>) =>
  subscription(id, 'c1', id.toUpperCase(), {
    currency: 'AUD',
    unitCost: 30,
    billingCycle: 'monthly',
    quantity: 10,
    ...extra,
  })

// Days that cross the zones' daylight-saving changes (Los Angeles 2026-03-08 and 2026-11-01,
// Auckland 2026-04-05 and 2026-09-27), month ends that clamp, and a leap day.
const world = register({
  customers: [customer('c1', 'Contoso')],
  billingLines: [billingLine('l1', 'c1', { quantity: 1, unitPrice: 40 })],
  subscriptions: [
    sub('trial-la', { trial: true, startDate: '2026-03-05' }),
    sub('trial-nz', { trial: true, startDate: '2026-09-20' }),
    sub('annual', { startDate: '2025-03-31', termMonths: 12, autoRenew: true }),
    sub('monthly', { startDate: '2026-01-31', termMonths: 1, billingLineId: 'l1' }),
    sub('bought', { startDate: '2026-03-05', termMonths: 12 }),
    sub('leap', { startDate: '2024-02-29', termMonths: 12 }),
    sub('ends', { contractEndDate: '2026-11-03', termMonths: 36, autoRenew: true }),
    sub('no-term', { endDate: '2026-04-04' }),
  ],
})
const rises: LedgerRun[] = [
  {
    run: { id: 'r1', finishedAt: '2026-03-09T22:00:00Z' },
    operations: [
      {
        op: 'updateSubscription',
        subscriptionId: 'annual',
        before: { quantity: 8 },
        after: { quantity: 10 },
      },
    ],
  },
]
const DAYS = ['2026-03-10', '2026-03-20', '2026-04-03', '2026-10-05', '2026-10-30', '2028-02-28']

type Calendar = typeof commitmentCalendar
type Alerts = typeof commitmentAlerts

/** Every entry and alert of the world for each day, early in the day and in its last hour. */
function everything(calendar: Calendar, alerts: Alerts) {
  return DAYS.flatMap((today) =>
    [`${today}T00:10:00Z`, `${today}T23:30:00Z`].map((instant) => {
      const options = { runs: rises, now: Date.parse(instant) }
      return {
        instant,
        calendar: calendar(world, today, undefined, options),
        alerts: alerts(world, today, undefined, options),
      }
    }),
  )
}

// The UTC day arithmetic with "UTC" left out of each method: the mistake these tests must catch.
function localAddDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setDate(d.getDate() + days)
  return d.toISOString().slice(0, 10)
}
function localAddMonths(date: string, months: number): string {
  const [y, m, day] = date.split('-').map(Number) as [number, number, number]
  const first = new Date(y, m - 1 + months, 1)
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate()
  first.setDate(Math.min(day, last))
  return first.toISOString().slice(0, 10)
}

/** The calendar and alerts as they would be with day arithmetic in local time. */
async function withLocalDays(): Promise<{ calendar: Calendar; alerts: Alerts }> {
  vi.resetModules()
  vi.doMock('../support/utc-days', () => ({
    ...utcDays,
    addDays: localAddDays,
    addMonths: localAddMonths,
  }))
  try {
    const { commitmentCalendar: calendar } = await import('./commitment-calendar')
    const { commitmentAlerts: alerts } = await import('./commitment-alerts')
    return { calendar, alerts }
  } finally {
    vi.doUnmock('../support/utc-days')
    vi.resetModules()
  }
}

inZone('UTC')
const inUtc = everything(commitmentCalendar, commitmentAlerts)
vi.unstubAllEnvs()

describe('commitment calendar and alerts whatever the machine’s time zone', () => {
  it('the zone is really switched for the tests below: local-time methods see another day', () => {
    inZone('Pacific/Auckland')
    expect(new Date(Date.UTC(2026, 11, 2, 12)).getDate()).toBe(3)
    inZone('America/Los_Angeles')
    expect(new Date(Date.UTC(2026, 11, 2, 3)).getDate()).toBe(1)
  })

  it('the world has renewals, windows, trials and alerts to compare', () => {
    const entries = inUtc.flatMap((r) => r.calendar)
    expect(entries.some((e) => e.window?.reason === 'purchase')).toBe(true)
    expect(entries.some((e) => e.window?.reason === 'addition')).toBe(true)
    expect(entries.some((e) => e.trialConverts !== undefined)).toBe(true)
    expect(entries.some((e) => e.missing !== undefined)).toBe(true)
    expect(new Set(inUtc.flatMap((r) => r.alerts.map((a) => a.kind)))).toEqual(
      new Set(['window-closing', 'mid-term-addition', 'trial-converting', 'renewal-coming']),
    )
  })

  for (const zone of ZONES)
    it(`gives the same entries and alerts in ${zone} as in UTC`, () => {
      inZone(zone)
      expect(everything(commitmentCalendar, commitmentAlerts)).toEqual(inUtc)
    })

  it('would catch a local-time method: with local day arithmetic the same comparison fails in each zone', async () => {
    const local = await withLocalDays()
    inZone('UTC')
    // In UTC the local-time methods are the UTC ones: the difference below is the zone's alone.
    expect(everything(local.calendar, local.alerts)).toEqual(inUtc)
    for (const zone of ZONES) {
      inZone(zone)
      expect(everything(local.calendar, local.alerts), zone).not.toEqual(inUtc)
    }
  })
})
