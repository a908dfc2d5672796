import type { BillingLine, BillingPeriod } from '../model/billing'
import type { Register, Subscription } from '../model/register'
import type { Operation } from '../operations/operation'
import { stableId } from '../support/stable-id'
import {
  emptyCounts,
  type Finding,
  type FindingKind,
  type Reconciliation,
  type ReconcileSettings,
  type ReconcileTotals,
} from './finding'
import { cents, perMonth } from './money-per-month'
import { reductionWindows } from './reduction-window'

const LINE_PERIODS: ReadonlySet<string> = new Set([
  'monthly',
  'quarterly',
  'annual',
  'biennial',
  'triennial',
])

/** True when a subscription's seats are owed by the customer: live, paid, and billable. */
export function isCounted(s: Subscription): boolean {
  return (
    s.active &&
    (s.status === 'active' || s.status === 'suspended') &&
    s.trial !== true &&
    s.notBillable === undefined
  )
}

/** True when a line is billed on `today`: active, recurring, and within its start and end. */
export function takesPart(line: BillingLine, today: string): boolean {
  return (
    !line.inactive &&
    line.period !== 'one-time' &&
    (line.startDate === undefined || line.startDate <= today) &&
    (line.endDate === undefined || today <= line.endDate)
  )
}

/**
 * Where what the MSP bills has drifted from what the distributors charge: every finding of the
 * rules in docs/core-rules.md "Reconciliation", with totals per currency. Pure and deterministic
 * for a given `settings.today`; dismissed findings (same fingerprint) are left out of both.
 */
export function reconcile(register: Register, settings: ReconcileSettings = {}): Reconciliation {
  const today = settings.today ?? new Date().toISOString().slice(0, 10)
  const windowReason = reductionWindows(today)
  // Taking-part lines by id, and each line's linked subscriptions as a chain through typed arrays
  // (first[line] → next[subscription] → …): no array per line for the 60k lines that agree.
  const taking = register.billingLines.filter((line) => takesPart(line, today))
  const lineAt = new Map<string, number>()
  taking.forEach((line, i) => lineAt.set(line.id, i))
  const subs = register.subscriptions
  const first = new Int32Array(taking.length).fill(-1)
  const next = new Int32Array(subs.length).fill(-1)
  // Lines by customer and item code, for an unbilled subscription whose SKU a line already bills:
  // built when the first one is met.
  let itemCodes: Map<string, BillingLine> | undefined
  const byItemCode = () => {
    if (itemCodes) return itemCodes
    itemCodes = new Map()
    for (const line of taking) {
      const key = `${line.customerId}\u0000${line.itemCode}`
      if (line.itemCode !== undefined && !itemCodes.has(key)) itemCodes.set(key, line)
    }
    return itemCodes
  }
  const findings: Finding[] = []
  for (let i = subs.length - 1; i >= 0; i--) {
    const s = subs[i] as Subscription
    const at = s.billingLineId === undefined ? undefined : lineAt.get(s.billingLineId)
    // A link to another customer's line (the subscription moved since) bills nothing here.
    if (at !== undefined && (taking[at] as BillingLine).customerId === s.customerId) {
      next[i] = first[at] as number
      first[at] = i
    } else if (isCounted(s) && s.quantity > 0) {
      findings.push(unbilled(s, byItemCode, windowReason))
    }
  }
  const linked: Subscription[] = []
  for (let at = 0; at < taking.length; at++) {
    linked.length = 0
    for (let i = first[at] as number; i !== -1; i = next[i] as number)
      linked.push(subs[i] as Subscription)
    if (linked.length > 0)
      lineFindings(taking[at] as BillingLine, linked, settings.marginFloor, windowReason, findings)
  }

  const dismissed = new Set(register.dismissals.map((d) => d.findingId))
  const shown = dismissed.size === 0 ? findings : findings.filter((f) => !dismissed.has(f.id))
  return { findings: byImpact(shown), totals: totalsOf(shown) }
}

/** |monthlyImpact| descending, no amount last, then id: sorted on keys computed once. */
function byImpact(findings: Finding[]): Finding[] {
  const at = new Float64Array(findings.length)
  const order = new Uint32Array(findings.length)
  findings.forEach((f, i) => {
    at[i] = f.monthlyImpact === undefined ? -1 : Math.abs(f.monthlyImpact)
    order[i] = i
  })
  order.sort((a, b) => {
    const d = (at[b] as number) - (at[a] as number)
    if (d !== 0) return d
    const x = (findings[a] as Finding).id
    const y = (findings[b] as Finding).id
    return x < y ? -1 : x > y ? 1 : 0
  })
  return Array.from(order, (i) => findings[i] as Finding)
}

function totalsOf(findings: readonly Finding[]): ReconcileTotals {
  const totals: ReconcileTotals = { byCurrency: {}, counts: emptyCounts() }
  for (const f of findings) {
    totals.counts[f.kind]++
    if (f.currency === undefined) continue
    const t = (totals.byCurrency[f.currency] ??= {
      leakage: 0,
      overcharge: 0,
      counts: emptyCounts(),
    })
    t.counts[f.kind]++
    if (f.monthlyImpact === undefined) continue
    if (f.monthlyImpact > 0) t.leakage = cents(t.leakage + f.monthlyImpact)
    else t.overcharge = cents(t.overcharge + f.monthlyImpact)
  }
  return totals
}

function fingerprint(
  kind: FindingKind,
  lineId: string,
  subscriptionIds: string[],
  ...numbers: unknown[]
) {
  return stableId('fnd', kind, lineId, subscriptionIds.join(','), numbers.map(String).join(','))
}

const named = (s: Subscription) => `${s.distributor}'s ${s.name}`
const seats = (n: number) => `${n} seat${n === 1 ? '' : 's'}`
const money = (amount: number, currency: string) => `${amount.toFixed(2)} ${currency}`

/** Why a linked subscription is not counted, in words. */
function notCountedWhy(s: Subscription): string {
  if (s.notBillable) return `${named(s)} is marked not billable`
  if (s.trial) return `${named(s)} is a trial`
  if (!s.active || s.status === 'deleted') return `${named(s)} is deleted at the distributor`
  if (s.status === 'cancelled') return `${named(s)} is cancelled`
  if (s.status === 'pending') return `${named(s)} is still pending`
  return `${named(s)} has no seats`
}

function withWindows(
  reasons: string[],
  subs: readonly Subscription[],
  window: (s: Subscription) => string | undefined,
) {
  for (const s of subs) {
    const reason = window(s)
    if (reason) reasons.push(reason)
  }
  return reasons
}

function unbilled(
  s: Subscription,
  byItemCode: () => ReadonlyMap<string, BillingLine>,
  window: (s: Subscription) => string | undefined,
): Finding {
  const unit = s.unitPrice ?? s.unitCost
  const monthly = unit === undefined || !s.currency ? undefined : perMonth(unit, s.billingCycle)
  const reasons = [
    `${named(s)} has ${seats(s.quantity)} and is not billed on any active line of this customer.`,
  ]
  if (monthly !== undefined)
    reasons.push(
      `At its ${s.unitPrice !== undefined ? 'price' : 'cost'} that is ${money(cents(monthly * s.quantity), s.currency as string)} a month not collected.`,
    )
  const link = (lineId: string): Operation => ({
    op: 'linkSubscription',
    subscriptionId: s.id,
    before: { billingLineId: s.billingLineId ?? null },
    after: { billingLineId: lineId },
  })
  const existing =
    s.sku === undefined ? undefined : byItemCode().get(`${s.customerId}\u0000${s.sku}`)
  let operations: Operation[] = []
  if (existing && (!s.currency || s.currency === existing.currency)) {
    reasons.push(`Approving links it to "${existing.description}", which bills item code ${s.sku}.`)
    operations = [link(existing.id)]
  } else if (s.currency) {
    const line: BillingLine = {
      id: stableId('bl', s.id),
      customerId: s.customerId,
      description: s.name,
      ...(s.sku === undefined ? {} : { itemCode: s.sku }),
      quantity: s.quantity,
      unitPrice: unit ?? 0,
      ...(s.unitCost === undefined ? {} : { unitCost: s.unitCost }),
      currency: s.currency,
      period: LINE_PERIODS.has(s.billingCycle ?? 'monthly')
        ? ((s.billingCycle ?? 'monthly') as BillingPeriod)
        : 'monthly',
      inactive: false,
      quantityRule: 'linked',
      source: { kind: 'seatkeeper' },
      version: 1,
    }
    reasons.push(
      `Approving creates a line of ${seats(s.quantity)} at ${money(line.unitPrice, s.currency)} per ${line.period} period (the distributor's ${s.unitPrice !== undefined ? 'price' : 'cost'}); check the price first.`,
    )
    operations = [{ op: 'createBillingLine', after: line }, link(line.id)]
  } else {
    reasons.push('Its currency is not known: add a line by hand, or mark it not billable.')
  }
  return {
    id: fingerprint('unbilled', '', [s.id], s.quantity),
    kind: 'unbilled',
    customerId: s.customerId,
    subscriptionIds: [s.id],
    distributorQuantity: s.quantity,
    billedQuantity: 0,
    ...(monthly === undefined ? {} : { monthlyImpact: cents(monthly * s.quantity) }),
    ...(s.currency ? { currency: s.currency } : {}),
    reasons: withWindows(reasons, [s], window),
    operations,
  }
}

function lineFindings(
  line: BillingLine,
  linked: Subscription[],
  marginFloor: number | undefined,
  window: (s: Subscription) => string | undefined,
  out: Finding[],
): void {
  // The numbers first, in one pass: most lines agree, and those must cost no more than this.
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
    if (c !== undefined && (cost === undefined || c > cost)) {
      cost = c
      costly = s
    }
  }
  const minimum = line.minimumQuantity ?? 0
  const free = line.freeQuantity ?? 0
  const billable = Math.max(minimum, distributor - free)
  const quantityOff =
    billable > line.quantity || (line.quantity > billable && line.quantity > minimum)
  const costOff =
    cost !== undefined &&
    billable > 0 &&
    (price < cost ||
      (marginFloor !== undefined && price > 0 && (price - cost) / price < marginFloor))
  if (foreignCount === 0 && (distributor === 0 ? line.quantity === 0 : !quantityOff && !costOff))
    return

  const ids = linked.map((s) => s.id).sort()
  const counted = linked.filter(isCounted)
  const countedIds = counted.map((s) => s.id).sort()
  const base = { customerId: line.customerId, lineId: line.id, currency: line.currency }
  const what = `"${line.description}"`

  const foreign = counted.filter((s) => s.currency && s.currency !== line.currency)
  if (foreign.length > 0) {
    out.push({
      ...base,
      id: fingerprint(
        'currency-mismatch',
        line.id,
        countedIds,
        line.currency,
        ...foreign.map((s) => s.currency),
      ),
      kind: 'currency-mismatch',
      subscriptionIds: countedIds,
      reasons: [
        ...foreign.map(
          (s) =>
            `${what} is billed in ${line.currency} but ${named(s)} is charged in ${s.currency}.`,
        ),
        'No amount is worked out across currencies: re-price the line or link it to a subscription in its currency.',
      ],
      operations: [],
    })
    return
  }

  if (distributor === 0) {
    out.push({
      ...base,
      id: fingerprint('billed-after-cancellation', line.id, ids, line.quantity),
      kind: 'billed-after-cancellation',
      subscriptionIds: ids,
      distributorQuantity: 0,
      billedQuantity: line.quantity,
      monthlyImpact: cents(-line.quantity * price),
      reasons: [
        `${what} still bills ${seats(line.quantity)}, but ${linked.map(notCountedWhy).join(', and ')}.`,
        'Approving makes the line inactive.',
      ],
      operations: [
        {
          op: 'updateBillingLine',
          lineId: line.id,
          before: { inactive: false },
          after: { inactive: true },
        },
      ],
    })
    return
  }

  const terms = [
    free > 0 ? `${seats(free)} free` : '',
    minimum > 0 ? `a minimum of ${seats(minimum)}` : '',
  ].filter(Boolean)
  const owed = `The distributors have ${seats(distributor)}${terms.length ? ` (${terms.join(', ')})` : ''}, so ${seats(billable)} should be billed`
  const setQuantity: Operation = {
    op: 'updateBillingLine',
    lineId: line.id,
    before: { quantity: line.quantity },
    after: { quantity: billable },
  }
  if (billable > line.quantity) {
    const impact = cents((billable - line.quantity) * price)
    out.push({
      ...base,
      id: fingerprint('under-billed', line.id, countedIds, distributor, line.quantity, billable),
      kind: 'under-billed',
      subscriptionIds: countedIds,
      distributorQuantity: distributor,
      billedQuantity: line.quantity,
      monthlyImpact: impact,
      reasons: withWindows(
        [
          `${owed}; ${what} bills ${line.quantity}.`,
          `${money(impact, line.currency)} a month is not collected. Approving sets the line to ${billable}.`,
        ],
        counted,
        window,
      ),
      operations: [setQuantity],
    })
  } else if (line.quantity > billable && line.quantity > minimum) {
    const impact = cents((billable - line.quantity) * price)
    out.push({
      ...base,
      id: fingerprint('over-billed', line.id, countedIds, distributor, line.quantity, billable),
      kind: 'over-billed',
      subscriptionIds: countedIds,
      distributorQuantity: distributor,
      billedQuantity: line.quantity,
      monthlyImpact: impact,
      reasons: withWindows(
        [
          `${owed}; ${what} bills ${line.quantity}.`,
          `The customer is charged ${money(-impact, line.currency)} a month too much. Approving sets the line to ${billable}.`,
        ],
        counted,
        window,
      ),
      operations: [setQuantity],
    })
  }

  if (cost === undefined || costly === undefined || billable === 0) return
  const months = line.unitPrice / price
  const costWords = `${named(costly)} costs ${money(cents(cost), line.currency)} a seat a month; ${what} charges ${money(cents(price), line.currency)}`
  const reprice = (target: number): Operation => ({
    op: 'updateBillingLine',
    lineId: line.id,
    before: { unitPrice: line.unitPrice, unitCost: line.unitCost ?? null },
    after: { unitPrice: Math.ceil(target * months * 100) / 100, unitCost: cents(cost * months) },
  })
  const floorPrice = marginFloor === undefined ? cost : cost / (1 - marginFloor)
  if (price < cost) {
    const impact = cents((cost - price) * billable)
    out.push({
      ...base,
      id: fingerprint('below-cost', line.id, countedIds, billable, line.unitPrice, cost),
      kind: 'below-cost',
      subscriptionIds: countedIds,
      distributorQuantity: distributor,
      billedQuantity: line.quantity,
      monthlyImpact: impact,
      reasons: [
        `${costWords}: below cost, ${money(impact, line.currency)} a month lost on ${seats(billable)}.`,
        `Approving sets the price to ${money(Math.ceil(floorPrice * months * 100) / 100, line.currency)} per ${line.period} period${marginFloor === undefined ? ' (the cost)' : ` (a ${Math.round(marginFloor * 100)} % margin)`}.`,
      ],
      operations: [reprice(floorPrice)],
    })
  } else if (marginFloor !== undefined && price > 0 && (price - cost) / price < marginFloor) {
    const margin = Math.round(((price - cost) / price) * 1000) / 10
    out.push({
      ...base,
      id: fingerprint('margin-below-floor', line.id, countedIds, line.unitPrice, cost, marginFloor),
      kind: 'margin-below-floor',
      subscriptionIds: countedIds,
      distributorQuantity: distributor,
      billedQuantity: line.quantity,
      reasons: [
        `${costWords}: a margin of ${margin} %, under the floor of ${Math.round(marginFloor * 100)} %.`,
        `Approving sets the price to ${money(Math.ceil(floorPrice * months * 100) / 100, line.currency)} per ${line.period} period.`,
      ],
      operations: [reprice(floorPrice)],
    })
  }
}
