import type { BillingLine } from '../model/billing'
import type { Subscription } from '../model/register'
import type { Operation } from '../operations/operation'
import { isCounted, isLiveTrial } from './counted'
import type { Finding, FindingKind } from './finding'
import { named, notCountedWhy, seats, withWindows, type MoneyWords } from './finding-words'
import { fingerprint, LazyFinding, type FindingContext, type FindingNumbers } from './lazy-finding'
import { cents, perMonth } from './money-per-month'
import { billableQuantity, followsLinkedSeats } from './billed-quantity'

/**
 * The findings of one taking-part line and its linked subscriptions (`linked` is the caller's
 * buffer, reused for the next line), added to `out`. Most lines agree: for those this is one
 * pass over `linked` and no allocation.
 */
export function lineFindings(
  line: BillingLine,
  linked: Subscription[],
  context: FindingContext,
  out: Finding[],
): void {
  const price = perMonth(line.unitPrice, line.period) as number
  let distributor = 0
  let foreignCount = 0
  let cost: number | undefined
  let costly: Subscription | undefined
  for (const s of linked) {
    if (!isCounted(s)) continue
    distributor += s.quantity
    if (s.currency && s.currency !== line.currency) foreignCount++
    // Cost per seat per month: only subscriptions in the line's currency, with a cost and a period.
    if (!s.currency || s.unitCost === undefined) continue
    const c = perMonth(s.unitCost, s.billingCycle)
    // Equal costs: the lowest id, so the words do not depend on the register's order.
    if (
      c !== undefined &&
      (cost === undefined || c > cost || (c === cost && s.id < (costly as Subscription).id))
    ) {
      cost = c
      costly = s
    }
  }
  const minimum = line.minimumQuantity ?? 0
  const billable = billableQuantity(line, distributor)
  // A line following its linked seats bills the billable quantity: never under- or over-billed.
  const billed = followsLinkedSeats(line) ? billable : line.quantity
  const underBilled = billable > billed
  const overBilled = billed > billable && billed > minimum
  const { marginFloor } = context
  const belowCost = cost !== undefined && billable > 0 && price < cost
  const belowFloor =
    cost !== undefined &&
    billable > 0 &&
    !belowCost &&
    marginFloor !== undefined &&
    price > 0 &&
    (price - cost) / price < marginFloor
  if (
    foreignCount === 0 &&
    (distributor === 0 ? billed === 0 : !underBilled && !overBilled && !belowCost && !belowFloor)
  )
    return

  if (foreignCount === 0 && distributor === 0) {
    // Nothing counted is left: the words name every linked subscription and why it is not counted.
    // A line whose every subscription is a running trial is not billed after a cancellation: it
    // charges for a trial the distributor gives for free.
    const gone = linked.slice()
    const kind = gone.every(isLiveTrial) ? 'bills-trial' : 'billed-after-cancellation'
    const ids = gone.map((s) => s.id).sort()
    const drift: LineDrift = {
      line,
      subscriptions: gone,
      price,
      distributor,
      billable,
      billed,
      cost,
      costly,
    }
    const id = fingerprint(kind, line.id, ids, billed)
    const impact = cents(-billed * price)
    out.push(lineFinding(kind, id, ids, impact, drift, context))
    return
  }

  // No closures from here on: one capturing `line` or `out` would make every call allocate its
  // scope, also for the lines that agree.
  const counted = linked.filter(isCounted)
  const ids = counted.map((s) => s.id).sort()
  const drift: LineDrift = {
    line,
    subscriptions: counted,
    price,
    distributor,
    billable,
    billed,
    cost,
    costly,
  }
  if (foreignCount > 0) {
    // No quantities: they are not compared across currencies.
    const id = fingerprint(
      'currency-mismatch',
      line.id,
      ids,
      line.currency,
      ...foreignCurrencies(drift),
    )
    const mismatch = lineFinding('currency-mismatch', id, ids, undefined, drift, context)
    mismatch.distributorQuantity = undefined
    mismatch.billedQuantity = undefined
    out.push(mismatch)
    return
  }

  if (underBilled || overBilled) {
    const kind = underBilled ? 'under-billed' : 'over-billed'
    const id = fingerprint(kind, line.id, ids, distributor, billed, billable)
    const impact = cents((billable - billed) * price)
    out.push(lineFinding(kind, id, ids, impact, drift, context))
  }
  if (cost === undefined) return
  if (belowCost) {
    const id = fingerprint('below-cost', line.id, ids, billable, line.unitPrice, cost)
    const impact = cents((cost - price) * billable)
    out.push(lineFinding('below-cost', id, ids, impact, drift, context))
  } else if (belowFloor) {
    const floor = marginFloor as number
    const id = fingerprint('margin-below-floor', line.id, ids, line.unitPrice, cost, floor)
    out.push(lineFinding('margin-below-floor', id, ids, undefined, drift, context))
  }
}

/** What the words and fixes of a line's findings are worked out from, shared by its findings. */
type LineDrift = {
  line: BillingLine
  /** The counted linked subscriptions; for a line billed after cancellation or billing a trial, every linked one. */
  subscriptions: Subscription[]
  /** The line's price per seat per month. */
  price: number
  /** Seats the distributors have (counted subscriptions). */
  distributor: number
  /** Seats that should be billed (free seats off, the minimum kept). */
  billable: number
  /** Seats the line bills: its quantity, or the billable seats for a line following them. */
  billed: number
  /** The highest cost per seat per month, and the subscription with it. */
  cost: number | undefined
  costly: Subscription | undefined
}

function lineFinding(
  kind: FindingKind,
  id: string,
  subscriptionIds: string[],
  monthlyImpact: number | undefined,
  drift: LineDrift,
  context: FindingContext,
): LineFinding {
  const numbers: FindingNumbers = {
    id,
    kind,
    customerId: drift.line.customerId,
    lineId: drift.line.id,
    subscriptionIds,
    distributorQuantity: drift.distributor,
    billedQuantity: drift.billed,
    monthlyImpact,
    currency: drift.line.currency,
  }
  return new LineFinding(numbers, drift, context)
}

/** The currencies of the counted subscriptions charged in another currency than the line's. */
function foreignCurrencies({ line, subscriptions }: LineDrift): string[] {
  const currencies: string[] = []
  for (const s of subscriptions)
    if (s.currency && s.currency !== line.currency) currencies.push(s.currency)
  return currencies
}

class LineFinding extends LazyFinding {
  #drift: LineDrift
  #context: FindingContext

  constructor(numbers: FindingNumbers, drift: LineDrift, context: FindingContext) {
    super(numbers)
    this.#drift = drift
    this.#context = context
  }

  protected explain(): string[] {
    return lineReasons(this.kind, this.monthlyImpact ?? 0, this.#drift, this.#context)
  }

  protected fix(): Operation[] {
    return lineFix(this.kind, this.#drift, this.#context.marginFloor)
  }
}

const bySubscriptionId = (a: Subscription, b: Subscription) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

function lineReasons(
  kind: FindingKind,
  impact: number,
  drift: LineDrift,
  context: FindingContext,
): string[] {
  const { line, billable } = drift
  // In id order, as the finding's subscriptionIds: the register's order differs between copies
  // (the edge keeps insertion order, IndexedDB reads by key), and the words must not.
  const subscriptions = [...drift.subscriptions].sort(bySubscriptionId)
  const what = line.description // quoted in the words
  switch (kind) {
    case 'currency-mismatch':
      return [
        ...subscriptions
          .filter((s) => s.currency && s.currency !== line.currency)
          .map(
            (s) =>
              `"${what}" is billed in ${line.currency} but ${named(s)} is charged in ${s.currency}.`,
          ),
        'No amount is worked out across currencies: re-price the line or link it to a subscription in its currency.',
      ]
    case 'billed-after-cancellation':
      return [
        `"${what}" still bills ${seats(drift.billed)}${followsLinkedSeats(line) ? ` (its minimum)` : ''}, but ${subscriptions.map(notCountedWhy).join(', and ')}.`,
        'Approving makes the line inactive.',
      ]
    case 'bills-trial': {
      const trials = subscriptions.map(named).join(', and ')
      const are = subscriptions.length === 1 ? 'is a trial' : 'are trials'
      return [
        `"${what}" bills ${seats(line.quantity)}, but ${trials} ${are}: the distributor charges nothing for ${subscriptions.length === 1 ? 'it' : 'them'} until the trial converts to a paid subscription.`,
        'Approving makes the line inactive; bill the subscription once it is paid.',
      ]
    }
    case 'under-billed':
      return withWindows(
        [
          `${owed(drift)}; "${what}" bills ${drift.billed}.`,
          `${context.money(impact, line.currency)} a month is not collected. Approving sets the line to ${billable}.`,
        ],
        subscriptions,
        context.window,
      )
    case 'over-billed':
      return withWindows(
        [
          `${owed(drift)}; "${what}" bills ${drift.billed}.`,
          `The customer is charged ${context.money(-impact, line.currency)} a month too much. Approving sets the line to ${billable}.`,
        ],
        subscriptions,
        context.window,
      )
    case 'below-cost': {
      const floor = context.marginFloor
      return [
        `${costWords(drift, context.money)}: below cost, ${context.money(impact, line.currency)} a month lost on ${seats(billable)}.`,
        `Approving sets the price to ${context.money(repriced(drift, floor).unitPrice, line.currency)} per ${line.period} period${floor === undefined ? ' (the cost)' : ` (a ${Math.round(floor * 100)} % margin)`}.`,
      ]
    }
    case 'margin-below-floor': {
      const floor = context.marginFloor as number
      const { price, cost } = drift as { price: number; cost: number }
      return [
        `${costWords(drift, context.money)}: a margin of ${Math.round(((price - cost) / price) * 1000) / 10} %, under the floor of ${Math.round(floor * 100)} %.`,
        `Approving sets the price to ${context.money(repriced(drift, floor).unitPrice, line.currency)} per ${line.period} period.`,
      ]
    }
    case 'unbilled':
      throw new Error('an unbilled finding has no line')
  }
}

function lineFix(
  kind: FindingKind,
  drift: LineDrift,
  marginFloor: number | undefined,
): Operation[] {
  const { line } = drift
  switch (kind) {
    case 'currency-mismatch':
    case 'unbilled':
      return []
    case 'billed-after-cancellation':
    case 'bills-trial':
      return [
        {
          op: 'updateBillingLine',
          lineId: line.id,
          before: { inactive: false },
          after: { inactive: true },
        },
      ]
    case 'under-billed':
    case 'over-billed':
      return [
        {
          op: 'updateBillingLine',
          lineId: line.id,
          before: { quantity: line.quantity },
          after: { quantity: drift.billable },
        },
      ]
    case 'below-cost':
    case 'margin-below-floor':
      return [
        {
          op: 'updateBillingLine',
          lineId: line.id,
          before: { unitPrice: line.unitPrice, unitCost: line.unitCost ?? null },
          after: repriced(drift, marginFloor),
        },
      ]
  }
}

/** "The distributors have 12 seats (2 seats free), so 10 seats should be billed". */
function owed({ line, distributor, billable }: LineDrift): string {
  const free = line.freeQuantity ?? 0
  const minimum = line.minimumQuantity ?? 0
  const terms = [
    free > 0 ? `${seats(free)} free` : '',
    minimum > 0 ? `a minimum of ${seats(minimum)}` : '',
  ].filter(Boolean)
  return `The distributors have ${seats(distributor)}${terms.length ? ` (${terms.join(', ')})` : ''}, so ${seats(billable)} should be billed`
}

/** What the costliest subscription costs a seat a month against what the line charges. */
function costWords({ line, price, cost, costly }: LineDrift, money: MoneyWords): string {
  return `${named(costly as Subscription)} costs ${money(cents(cost as number), line.currency)} a seat a month; "${line.description}" charges ${money(cents(price), line.currency)}`
}

/** The line's price at the margin floor (at cost without one) and its cost, per its period. */
function repriced(
  { line, price, cost }: LineDrift,
  marginFloor: number | undefined,
): { unitPrice: number; unitCost: number } {
  const unitCost = cost as number
  const months = line.unitPrice / price
  const floorPrice = marginFloor === undefined ? unitCost : unitCost / (1 - marginFloor)
  return {
    unitPrice: Math.ceil(floorPrice * months * 100) / 100,
    unitCost: cents(unitCost * months),
  }
}
