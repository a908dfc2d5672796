import { describe, expect, it } from 'vitest'
import type { Operation } from '../operations/operation'
import { billingLine, customer, register, subscription } from '../testing/builders'
import { proRataCharges, type LedgerRun } from './pro-rata'
import { proRataCsv } from './pro-rata-csv'

const december = { start: '2026-12-01', end: '2026-12-31' }
const world = (extra: Parameters<typeof subscription>[3] = {}, line = billingLine('l1', 'c1')) =>
  register({
    customers: [customer('c1', 'Contoso')],
    subscriptions: [
      subscription('s1', 'c1', 'S1', { billingLineId: 'l1', quantity: 13, ...extra }),
    ],
    billingLines: [line],
  })
const quantity = (from: number, to: number): Operation => ({
  op: 'updateSubscription',
  subscriptionId: 's1',
  before: { quantity: from },
  after: { quantity: to },
})
const run = (id: string, finishedAt: string, ...operations: Operation[]): LedgerRun => ({
  run: { id, finishedAt },
  operations,
})

describe('proRataCharges', () => {
  it('charges added seats for the days left in the month, the change day included', () => {
    const [charge] = proRataCharges(
      world(),
      [run('r1', '2026-12-22T04:00:00Z', quantity(10, 13))],
      december,
    )
    expect(charge).toMatchObject({
      lineId: 'l1',
      date: '2026-12-22',
      until: '2026-12-31',
      quantityChange: 3,
      days: 10,
      periodDays: 31,
      amount: 29.03, // 3 × 30 × 10 / 31
    })
  })

  it('credits removed seats, one charge per change, and ignores changes outside the period', () => {
    const charges = proRataCharges(
      world(),
      [
        run('r0', '2026-11-30T23:00:00Z', quantity(8, 10)),
        run('r1', '2026-12-01T04:00:00Z', quantity(10, 9)),
        run('r2', '2026-12-16T04:00:00Z', quantity(9, 13)),
      ],
      december,
    )
    expect(charges.map((c) => [c.runId, c.quantityChange, c.amount])).toEqual([
      ['r1', -1, -30],
      ['r2', 4, 61.94],
    ])
  })

  it('prorates a mid-term addition to an annual new-commerce subscription to its term end', () => {
    const annual = billingLine('l1', 'c1', { period: 'annual', unitPrice: 365 })
    const r = world({ billingCycle: 'annual', termMonths: 12, endDate: '2027-03-31' }, annual)
    const [charge] = proRataCharges(
      r,
      [run('r1', '2026-12-22T04:00:00Z', quantity(10, 12))],
      december,
    )
    // 22 December to 31 March: 100 days of the 365-day term.
    expect(charge).toMatchObject({ until: '2027-03-31', days: 100, periodDays: 365, amount: 200 })
  })

  it('gives nothing for trials, not-billable or unlinked subscriptions', () => {
    const change = [run('r1', '2026-12-22T04:00:00Z', quantity(10, 13))]
    expect(proRataCharges(world({ trial: true }), change, december)).toEqual([])
    expect(
      proRataCharges(world({ notBillable: { reason: 'internal-use' } }), change, december),
    ).toEqual([])
    expect(proRataCharges(world({ billingLineId: undefined }), change, december)).toEqual([])
  })

  it('writes an invoice-ready CSV with names, negative credits as numbers and formulas guarded', () => {
    const r = world({}, billingLine('l1', 'c1', { description: '=HYPERLINK("x")' }))
    const charges = proRataCharges(
      r,
      [run('r1', '2026-12-01T04:00:00Z', quantity(10, 9))],
      december,
    )
    const csv = proRataCsv(r, charges)
    expect(csv.split('\r\n')[1]).toBe(
      `Contoso,"'=HYPERLINK(""x"")",,2026-12-01,2026-12-31,-1,30,31,31,-30,AUD,ArrowSphere: Microsoft 365 Business Premium`,
    )
  })
})
