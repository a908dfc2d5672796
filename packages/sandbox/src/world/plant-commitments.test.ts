import {
  addDays,
  commitmentAlerts,
  commitmentCalendar,
  type BillingLine,
  type Register,
  type Subscription,
} from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { generateWorld, type World } from './generate-world'
import { generateWorldBilling } from './world-billing-lines'

const TODAY = '2026-12-03'

/** The register a distributor import of the world leaves, with the dates and the billing lines linked. */
function registerOf(world: World): Register {
  const billing = generateWorldBilling(world)
  const lineOf = new Map<number, string>()
  const billingLines: BillingLine[] = billing.lines.map((l, i) => {
    for (const seq of l.subscriptionSeqs) lineOf.set(seq, `bl-${i + 1}`)
    return {
      id: `bl-${i + 1}`,
      customerId: `cus-${l.customerSeq}`,
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      currency: l.currency,
      period: l.period,
      startDate: l.startDate,
      inactive: false,
      quantityRule: 'fixed',
      source: { kind: 'csv' },
      version: 1,
    }
  })
  const subscriptions: Subscription[] = world.subscriptions.map((s) => ({
    id: `sub-${s.seq}`,
    customerId: `cus-${s.customerSeq}`,
    connectionId: 'conn-sandbox',
    distributor: 'Pax8',
    externalId: s.vendorSubscriptionId,
    name: s.productName,
    status: s.status,
    ...(s.trial ? { trial: true } : {}),
    quantity: s.quantity,
    startDate: s.startDate,
    contractEndDate: s.commitmentEndDate,
    billingCycle: s.billingCycle,
    termMonths: s.termMonths,
    autoRenew: s.autoRenew,
    unitCost: s.unitCost,
    currency: s.currency,
    active: s.status !== 'deleted',
    ...(lineOf.has(s.seq) ? { billingLineId: lineOf.get(s.seq) } : {}),
    version: 1,
  }))
  return {
    version: 1,
    topLevels: [],
    customers: world.customers.map((c) => ({
      id: `cus-${c.seq}`,
      name: c.name,
      inactive: c.status !== 'active',
      version: 1,
    })),
    subscriptions,
    mappings: [],
    billingLines,
    dismissals: [],
  }
}

describe('the sandbox world holds decisions due around its day', () => {
  const world = generateWorld({ seed: 1, customers: 60, subscriptions: 300, today: TODAY })
  const register = registerOf(world)
  const calendar = commitmentCalendar(register, TODAY)
  const alerts = commitmentAlerts(register, TODAY)
  const horizon = addDays(TODAY, 90)

  it('renewals in the next 90 days, annual terms that renew on their own among them', () => {
    const coming = calendar.filter(
      (e) => !e.trial && e.nextRenewal !== undefined && e.nextRenewal <= horizon,
    )
    const annual = coming.filter((e) => e.termMonths === 12 && e.autoRenew === true)
    expect(annual.filter((e) => (e.costPerTerm?.amount ?? 0) > 0).length).toBeGreaterThanOrEqual(10)
  })

  it('annual renewals with seats above what is billed, each an alert with the money at stake', () => {
    const renewing = alerts.filter((a) => a.kind === 'renewal-coming')
    expect(renewing.length).toBeGreaterThanOrEqual(2)
    expect(renewing.every((a) => a.money && a.money.amount > 0)).toBe(true)
    const annual = new Set(calendar.filter((e) => e.termMonths === 12).map((e) => e.subscriptionId))
    expect(renewing.filter((a) => annual.has(a.subscriptionId)).length).toBeGreaterThanOrEqual(2)
  })

  it('subscriptions inside their 7-day window: purchases and a renewal', () => {
    const open = calendar.filter((e) => e.window)
    expect(open.map((e) => e.window?.reason)).toEqual(
      expect.arrayContaining(['purchase', 'renewal']),
    )
  })

  it('trials converting within 30 days', () => {
    const trials = calendar.filter(
      (e) => e.trialConverts !== undefined && e.trialConverts <= addDays(TODAY, 30),
    )
    expect(trials.length).toBeGreaterThanOrEqual(2)
    expect(alerts.filter((a) => a.kind === 'trial-converting')).toHaveLength(trials.length)
  })

  it('is the same for the same seed and day, and moves with the day', () => {
    expect(generateWorld({ seed: 1, customers: 60, subscriptions: 300, today: TODAY })).toEqual(
      world,
    )
    const later = generateWorld({ seed: 1, customers: 60, subscriptions: 300, today: '2027-03-01' })
    expect(later.subscriptions.map((s) => s.quantity)).toEqual(
      world.subscriptions.map((s) => s.quantity),
    )
    expect(later.subscriptions.map((s) => s.startDate)).not.toEqual(
      world.subscriptions.map((s) => s.startDate),
    )
  })
})
