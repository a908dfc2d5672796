import {
  billedQuantity,
  cents,
  compareText,
  isCounted,
  perMonth,
  takesPart,
  type BillingLine,
  type Register,
  type Subscription,
} from '@seatkeeper/core'

/** Money per month by currency code ("AUD" → 1234.5). */
export type MoneyByCurrency = Record<string, number>

/** What the MSP holds at one distributor (or at all of them), a month at a time. */
export type BookRow = {
  /** The distributor as its subscriptions name it ("Pax8"). */
  distributor: string
  /** Customers with at least one counted subscription there. */
  customers: number
  /** Counted subscriptions: live, paid and billable, as reconciliation counts them. */
  subscriptions: number
  seats: number
  /** What the distributors charge: each subscription's cost per seat a month × its seats. */
  cost: MoneyByCurrency
  /** Counted subscriptions whose cost a month is not known (imported without cost, or no currency). */
  withoutCost: number
  /** What the MSP bills on its lines, shared among the distributors of each line's subscriptions. */
  billed: MoneyByCurrency
}

export type DistributorBook = {
  /** One row per distributor, by name. */
  rows: BookRow[]
  /**
   * Billed on lines linked to no subscription (entered or imported, not linked yet): part of the
   * total, of no distributor.
   */
  unlinkedBilled: MoneyByCurrency
  total: BookRow
}

export const ALL_DISTRIBUTORS = 'All distributors'

/**
 * The register a distributor at a time, and in total, on `today` (YYYY-MM-DD): the subscriptions
 * reconcile counts, and the lines that take part that day, so a line billed here is one the
 * Reconciliation page compares.
 */
export function distributorBook(register: Register, today: string): DistributorBook {
  const rows = new Map<string, BookRow>()
  const customersAt = new Map<string, Set<string>>()
  const allCustomers = new Set<string>()
  const rowOf = (distributor: string) => {
    let row = rows.get(distributor)
    if (!row) {
      row = emptyRow(distributor)
      rows.set(distributor, row)
      customersAt.set(distributor, new Set())
    }
    return row
  }

  const lines = new Map<string, BillingLine>()
  for (const line of register.billingLines) if (takesPart(line, today)) lines.set(line.id, line)
  // Each taking-part line's linked subscriptions, to share its amount among their distributors.
  const linkedTo = new Map<string, Subscription[]>()

  for (const s of register.subscriptions) {
    const line = s.billingLineId === undefined ? undefined : lines.get(s.billingLineId)
    // A link to another customer's line bills nothing here (as reconcile reads it).
    if (line && line.customerId === s.customerId) {
      const linked = linkedTo.get(line.id)
      if (linked) linked.push(s)
      else linkedTo.set(line.id, [s])
    }
    if (!isCounted(s)) continue
    const row = rowOf(s.distributor)
    row.subscriptions++
    row.seats += s.quantity
    customersAt.get(s.distributor)?.add(s.customerId)
    allCustomers.add(s.customerId)
    const cost = s.unitCost === undefined ? undefined : perMonth(s.unitCost, s.billingCycle)
    if (cost !== undefined && s.currency) add(row.cost, s.currency, cost * s.quantity)
    else row.withoutCost++
  }

  const unlinkedBilled: MoneyByCurrency = {}
  for (const line of lines.values()) {
    const monthly = perMonth(line.unitPrice, line.period)
    if (monthly === undefined) continue
    const linked = linkedTo.get(line.id) ?? []
    // A line following its linked seats bills them, whatever quantity it was last written with.
    let seats = 0
    for (const s of linked) if (isCounted(s)) seats += s.quantity
    const amount = monthly * billedQuantity(line, seats)
    if (linked.length === 0) {
      add(unlinkedBilled, line.currency, amount)
      continue
    }
    for (const [distributor, share] of shares(linked))
      add(rowOf(distributor).billed, line.currency, amount * share)
  }

  const total = emptyRow(ALL_DISTRIBUTORS)
  total.customers = allCustomers.size
  for (const [distributor, row] of rows) {
    row.customers = customersAt.get(distributor)?.size ?? 0
    total.subscriptions += row.subscriptions
    total.seats += row.seats
    total.withoutCost += row.withoutCost
    for (const [currency, amount] of Object.entries(row.cost)) add(total.cost, currency, amount)
    for (const [currency, amount] of Object.entries(row.billed)) add(total.billed, currency, amount)
  }
  for (const [currency, amount] of Object.entries(unlinkedBilled))
    add(total.billed, currency, amount)

  const sorted = [...rows.values()].sort((a, b) => compareText(a.distributor, b.distributor))
  for (const row of [...sorted, total]) {
    roundAll(row.cost)
    roundAll(row.billed)
  }
  roundAll(unlinkedBilled)
  return { rows: sorted, unlinkedBilled, total }
}

/**
 * A margin in one currency; no amount when nothing there has a known cost, and `atMost` when some
 * subscriptions' cost is not known (their cost can only lower it).
 */
export type Margin = { currency: string; amount?: number; share?: number; atMost?: true }

/**
 * Billed less cost, per currency either has, with the margin as a share of billed when billed. A
 * currency billed where some subscriptions have no known cost and none has one has no margin: it
 * would read as 100 %; where some have one, the margin is an upper bound.
 */
export function marginOf(row: Pick<BookRow, 'cost' | 'billed' | 'withoutCost'>): Margin[] {
  const currencies = [...new Set([...Object.keys(row.cost), ...Object.keys(row.billed)])].sort(
    compareText,
  )
  return currencies.map((currency) => {
    const cost = row.cost[currency]
    if (cost === undefined && row.withoutCost > 0) return { currency }
    const billed = row.billed[currency] ?? 0
    const amount = cents(billed - (cost ?? 0))
    return {
      currency,
      amount,
      ...(billed > 0 ? { share: amount / billed } : {}),
      ...(row.withoutCost > 0 ? { atMost: true as const } : {}),
    }
  })
}

/**
 * How a line's amount is shared among its subscriptions' distributors: by counted seats, or, when
 * none is counted (a line billed after cancellation), evenly among the linked subscriptions.
 */
function shares(linked: readonly Subscription[]): Map<string, number> {
  const counted = linked.filter(isCounted)
  const weighed = counted.length > 0 ? counted : linked
  const weight = (s: Subscription) => (counted.length > 0 ? s.quantity : 1)
  const sum = weighed.reduce((n, s) => n + weight(s), 0)
  const out = new Map<string, number>()
  for (const s of weighed) {
    const share = sum === 0 ? 1 / weighed.length : weight(s) / sum
    out.set(s.distributor, (out.get(s.distributor) ?? 0) + share)
  }
  return out
}

function emptyRow(distributor: string): BookRow {
  return {
    distributor,
    customers: 0,
    subscriptions: 0,
    seats: 0,
    cost: {},
    withoutCost: 0,
    billed: {},
  }
}

function add(money: MoneyByCurrency, currency: string, amount: number) {
  money[currency] = (money[currency] ?? 0) + amount
}

// Summed unrounded and rounded once, so a total is not off by the cents of each part.
function roundAll(money: MoneyByCurrency) {
  for (const currency of Object.keys(money)) money[currency] = cents(money[currency] as number)
}
