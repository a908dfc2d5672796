import { toCsv, type BillingPeriod } from '@seatkeeper/core'
import type { World, WorldCustomer, WorldSubscription } from './generate-world'

/** The drift a line (or a missing line) was planted with; undefined for a line billed right. */
export type PlantedDrift =
  | 'seats-added-not-billed'
  | 'billed-after-cancellation'
  | 'price-under-cost-rise'
  | 'currency-mismatch'

/** One line of what the sandbox MSP bills, keyed by the world's customer and subscriptions. */
export type WorldBillingLine = {
  customerSeq: number
  /** The subscriptions this line bills (what a person would link it to). */
  subscriptionSeqs: number[]
  description: string
  itemCode: string
  quantity: number
  unitPrice: number
  currency: string
  period: BillingPeriod
  startDate: string
  drift?: PlantedDrift
}

/**
 * What was left unbilled on purpose: an annual nobody invoiced, and a trial (never billed). Either
 * is missing when the world holds no subscription that fits it.
 */
export type WorldUnbilled = { unbilledAnnual?: number; trial?: number }

export type WorldBilling = { lines: WorldBillingLine[]; unbilled: WorldUnbilled }

const live = (s: WorldSubscription) => s.status === 'active' && s.quantity > 0

/** The planted drifts that leave seats above what is billed: the annual left unbilled, then the seats added. */
export const seatsAboveBilledFits = {
  unbilledAnnual: (s: WorldSubscription) => s.billingCycle === 'annual',
  seatsAdded: (s: WorldSubscription) => s.billingCycle === 'monthly' && s.quantity >= 4,
}

/** The subscriptions the MSP bills: live and paid, of an active customer. */
export function billableSubscriptions(world: {
  customers: readonly WorldCustomer[]
  subscriptions: readonly WorldSubscription[]
}) {
  const activeCustomers = new Set(
    world.customers.filter((c) => c.status === 'active').map((c) => c.seq),
  )
  return world.subscriptions.filter(
    (s) => activeCustomers.has(s.customerSeq) && live(s) && !s.trial && s.unitPrice > 0,
  )
}

/**
 * The MSP's billing for the world (docs/register.md "Billing"): one line per live subscription of
 * an active customer, priced at a 20 % margin on cost, with a handful of lines planted
 * with drift the reconciliation must find (seats added and not billed, a cancelled subscription
 * still billed, a price left under a cost rise, a line in the wrong currency) and an annual
 * subscription left unbilled. Trials get no line, as an MSP does not bill them. Derived from the
 * world without drawing from its random stream, so the distributors' books stay the same.
 */
export function generateWorldBilling(world: World): WorldBilling {
  const activeCustomers = new Set(
    world.customers.filter((c) => c.status === 'active').map((c) => c.seq),
  )
  const ofActive = world.subscriptions.filter((s) => activeCustomers.has(s.customerSeq))
  const billable = billableSubscriptions(world)
  // A world too small for one drift (a test's few customers) plants the rest; the default world
  // holds every one (world-billing-lines.test.ts).
  const pick = (taken: Set<number>, fits: (s: WorldSubscription) => boolean) => {
    const found = billable.find((s) => !taken.has(s.seq) && fits(s))
    if (found) taken.add(found.seq)
    return found
  }
  const taken = new Set<number>()
  const unbilledAnnual = pick(taken, seatsAboveBilledFits.unbilledAnnual)
  const seatsAdded = pick(taken, seatsAboveBilledFits.seatsAdded)
  const costRise = pick(taken, (s) => s.billingCycle === 'monthly' && s.unitCost > 0)
  const wrongCurrency = pick(taken, (s) => s.billingCycle === 'monthly')
  const cancelled = ofActive.find((s) => s.status === 'cancelled' && s.quantity > 0)
  const trial = ofActive.find((s) => s.trial && live(s))

  const lines: WorldBillingLine[] = []
  for (const s of billable) {
    if (s === unbilledAnnual) continue
    const line = lineFor(s)
    if (s === seatsAdded) {
      // Seats were added at the distributor last month; the invoice still has the old count.
      line.quantity = s.quantity - Math.max(1, Math.floor(s.quantity / 4))
      line.drift = 'seats-added-not-billed'
    } else if (s === costRise) {
      // The distributor's cost rose past the price the MSP set years ago.
      line.unitPrice = Math.round(s.unitCost * 90) / 100
      line.drift = 'price-under-cost-rise'
    } else if (s === wrongCurrency) {
      line.currency = world.currency === 'USD' ? 'AUD' : 'USD'
      line.drift = 'currency-mismatch'
    }
    lines.push(line)
  }
  if (cancelled) lines.push({ ...lineFor(cancelled), drift: 'billed-after-cancellation' })
  return {
    lines,
    unbilled: {
      ...(unbilledAnnual ? { unbilledAnnual: unbilledAnnual.seq } : {}),
      ...(trial ? { trial: trial.seq } : {}),
    },
  }
}

function lineFor(s: WorldSubscription): WorldBillingLine {
  return {
    customerSeq: s.customerSeq,
    subscriptionSeqs: [s.seq],
    description: s.productName,
    itemCode: s.sku,
    quantity: s.quantity,
    // The MSP's own price: a 20 % margin on the distributor's cost (the world's list price leaves
    // 10 %, under a usual 15 % floor).
    unitPrice: Math.round((s.unitCost / 0.8) * 100) / 100,
    currency: s.currency,
    // The world's prices are per seat per month, whatever the subscription's commitment.
    period: 'monthly',
    startDate: s.startDate,
  }
}

/**
 * The world's billing lines as the billing-line CSV import reads it (docs/api.md "Billing"),
 * customers by the distributor's name: the name a distributor import gives them in the register.
 */
export function worldBillingLinesCsv(world: World, billing = generateWorldBilling(world)): string {
  const name = new Map(world.customers.map((c) => [c.seq, c.name]))
  return toCsv([
    [
      'customer',
      'description',
      'item code',
      'quantity',
      'unit price',
      'currency',
      'period',
      'start',
    ],
    ...billing.lines.map((l) => [
      name.get(l.customerSeq),
      l.description,
      l.itemCode,
      l.quantity,
      l.unitPrice,
      l.currency,
      l.period,
      l.startDate,
    ]),
  ])
}
