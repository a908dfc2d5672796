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
  // only its fix and reasons need it, so it is built when the first of those is read.
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

// Sort keys: (RANKS − rank) × SLOTS + index, where rank is the amount in cents + 1 (0 without one).
// Exact in a double up to 2^31 ranks (21 million a month) and 2^21 findings; beyond, the comparator.
const SLOTS = 2 ** 21
const RANKS = 2 ** 31

const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * |monthlyImpact| descending, no amount last, then id. The amounts are cents, so they sort as
 * numbers in one native pass; only findings of the same amount are compared, by id.
 */
function byImpact(findings: Finding[]): Finding[] {
  const keys = new Float64Array(findings.length)
  let exact = findings.length <= SLOTS
  for (let i = 0; i < findings.length && exact; i++) {
    const impact = (findings[i] as Finding).monthlyImpact
    const rank = impact === undefined ? 0 : Math.round(Math.abs(impact) * 100) + 1
    exact = rank < RANKS
    keys[i] = (RANKS - rank) * SLOTS + i
  }
  if (!exact) {
    const amount = (f: Finding) => (f.monthlyImpact === undefined ? -1 : Math.abs(f.monthlyImpact))
    return [...findings].sort((a, b) => amount(b) - amount(a) || byId(a, b))
  }
  keys.sort()
  const sorted = Array.from(keys, (key) => findings[key % SLOTS] as Finding)
  for (let start = 0; start < sorted.length;) {
    const rank = Math.floor((keys[start] as number) / SLOTS)
    let end = start + 1
    while (end < sorted.length && Math.floor((keys[end] as number) / SLOTS) === rank) end++
    if (end - start > 1) {
      const same = sorted.slice(start, end).sort(byId)
      for (let i = start; i < end; i++) sorted[i] = same[i - start] as Finding
    }
    start = end
  }
  return sorted
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
  ...numbers: (string | number)[]
) {
  // join writes each number as String(n) does, without an array of strings in between.
  return stableId('fnd', kind, lineId, subscriptionIds.join(','), numbers.join(','))
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

type Numbers = Omit<Finding, 'reasons' | 'operations'>

/**
 * A finding whose numbers are worked out now and whose words and fix when first read: a
 * reconciliation of 100k subscriptions has tens of thousands of findings and a page shows a
 * screenful. `reasons` and `operations` read as arrays (accessors, worked out once, then kept);
 * `JSON.stringify` writes them like any other field.
 */
class LazyFinding implements Finding {
  id: string
  kind: FindingKind
  customerId: string
  lineId: string | undefined
  subscriptionIds: string[]
  distributorQuantity: number | undefined
  billedQuantity: number | undefined
  monthlyImpact: number | undefined
  currency: string | undefined
  #reasons: (() => string[]) | string[]
  #operations: (() => Operation[]) | Operation[]

  constructor(numbers: Numbers, reasons: () => string[], operations: () => Operation[]) {
    this.id = numbers.id
    this.kind = numbers.kind
    this.customerId = numbers.customerId
    this.lineId = numbers.lineId
    this.subscriptionIds = numbers.subscriptionIds
    this.distributorQuantity = numbers.distributorQuantity
    this.billedQuantity = numbers.billedQuantity
    this.monthlyImpact = numbers.monthlyImpact
    this.currency = numbers.currency
    this.#reasons = reasons
    this.#operations = operations
  }

  get reasons(): string[] {
    if (typeof this.#reasons === 'function') this.#reasons = this.#reasons()
    return this.#reasons
  }
  set reasons(reasons: string[]) {
    this.#reasons = reasons
  }

  get operations(): Operation[] {
    if (typeof this.#operations === 'function') this.#operations = this.#operations()
    return this.#operations
  }
  set operations(operations: Operation[]) {
    this.#operations = operations
  }

  toJSON(): Finding {
    return { ...this, reasons: this.reasons, operations: this.operations }
  }
}

function finding(
  numbers: Numbers,
  reasons: () => string[],
  operations: () => Operation[],
): Finding {
  return new LazyFinding(numbers, reasons, operations)
}

function unbilled(
  s: Subscription,
  byItemCode: () => ReadonlyMap<string, BillingLine>,
  window: (s: Subscription) => string | undefined,
): Finding {
  const unit = s.unitPrice ?? s.unitCost
  const monthly = unit === undefined || !s.currency ? undefined : perMonth(unit, s.billingCycle)
  // The fix and its words: link to the customer's line billing the SKU, else create a line.
  let fix: { reason: string; operations: Operation[] } | undefined
  const resolve = () => {
    if (fix) return fix
    const link = (lineId: string): Operation => ({
      op: 'linkSubscription',
      subscriptionId: s.id,
      before: { billingLineId: s.billingLineId ?? null },
      after: { billingLineId: lineId },
    })
    const existing =
      s.sku === undefined ? undefined : byItemCode().get(`${s.customerId}\u0000${s.sku}`)
    if (existing && (!s.currency || s.currency === existing.currency)) {
      fix = {
        reason: `Approving links it to "${existing.description}", which bills item code ${s.sku}.`,
        operations: [link(existing.id)],
      }
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
      fix = {
        reason: `Approving creates a line of ${seats(s.quantity)} at ${money(line.unitPrice, s.currency)} per ${line.period} period (the distributor's ${s.unitPrice !== undefined ? 'price' : 'cost'}); check the price first.`,
        operations: [{ op: 'createBillingLine', after: line }, link(line.id)],
      }
    } else {
      fix = {
        reason: 'Its currency is not known: add a line by hand, or mark it not billable.',
        operations: [],
      }
    }
    return fix
  }
  return finding(
    {
      id: fingerprint('unbilled', '', [s.id], s.quantity),
      kind: 'unbilled',
      customerId: s.customerId,
      subscriptionIds: [s.id],
      distributorQuantity: s.quantity,
      billedQuantity: 0,
      ...(monthly === undefined ? {} : { monthlyImpact: cents(monthly * s.quantity) }),
      ...(s.currency ? { currency: s.currency } : {}),
    },
    () => {
      const reasons = [
        `${named(s)} has ${seats(s.quantity)} and is not billed on any active line of this customer.`,
      ]
      if (monthly !== undefined)
        reasons.push(
          `At its ${s.unitPrice !== undefined ? 'price' : 'cost'} that is ${money(cents(monthly * s.quantity), s.currency as string)} a month not collected.`,
        )
      reasons.push(resolve().reason)
      return withWindows(reasons, [s], window)
    },
    () => resolve().operations,
  )
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
  driftedLine(line, linked, { price, distributor, foreignCount, cost, costly, billable }, out, {
    marginFloor,
    window,
  })
}

type LineNumbers = {
  price: number
  distributor: number
  foreignCount: number
  cost: number | undefined
  costly: Subscription | undefined
  billable: number
}

/**
 * The findings of a line whose numbers are off. Apart from lineFindings, which every line passes:
 * the words and fixes here are closures, and a function holding closures allocates their scope
 * on every call, also for the lines that agree.
 */
function driftedLine(
  line: BillingLine,
  linked: Subscription[],
  { price, distributor, foreignCount, cost, costly, billable }: LineNumbers,
  out: Finding[],
  {
    marginFloor,
    window,
  }: { marginFloor: number | undefined; window: (s: Subscription) => string | undefined },
): void {
  const minimum = line.minimumQuantity ?? 0
  const free = line.freeQuantity ?? 0
  const counted = linked.filter(isCounted)
  const countedIds = counted.map((s) => s.id).sort()
  const what = line.description // quoted in the words
  const numbers = (kind: FindingKind, id: string, subscriptionIds: string[]): Numbers => ({
    id,
    kind,
    customerId: line.customerId,
    lineId: line.id,
    subscriptionIds,
    distributorQuantity: distributor,
    billedQuantity: line.quantity,
    currency: line.currency,
  })

  if (foreignCount > 0) {
    const foreign = counted.filter((s) => s.currency && s.currency !== line.currency)
    const id = fingerprint(
      'currency-mismatch',
      line.id,
      countedIds,
      line.currency,
      ...foreign.map((s) => s.currency as string),
    )
    // No quantities: they are not compared across currencies.
    const mismatch: Numbers = {
      id,
      kind: 'currency-mismatch',
      customerId: line.customerId,
      lineId: line.id,
      subscriptionIds: countedIds,
      currency: line.currency,
    }
    out.push(
      finding(
        mismatch,
        () => [
          ...foreign.map(
            (s) =>
              `"${what}" is billed in ${line.currency} but ${named(s)} is charged in ${s.currency}.`,
          ),
          'No amount is worked out across currencies: re-price the line or link it to a subscription in its currency.',
        ],
        () => [],
      ),
    )
    return
  }

  if (distributor === 0) {
    // `linked` is the caller's buffer, reused for the next line: the words keep their own copy.
    const gone = linked.slice()
    const ids = gone.map((s) => s.id).sort()
    out.push(
      finding(
        {
          ...numbers(
            'billed-after-cancellation',
            fingerprint('billed-after-cancellation', line.id, ids, line.quantity),
            ids,
          ),
          monthlyImpact: cents(-line.quantity * price),
        },
        () => [
          `"${what}" still bills ${seats(line.quantity)}, but ${gone.map(notCountedWhy).join(', and ')}.`,
          'Approving makes the line inactive.',
        ],
        () => [
          {
            op: 'updateBillingLine',
            lineId: line.id,
            before: { inactive: false },
            after: { inactive: true },
          },
        ],
      ),
    )
    return
  }

  const owed = () => {
    const terms = [
      free > 0 ? `${seats(free)} free` : '',
      minimum > 0 ? `a minimum of ${seats(minimum)}` : '',
    ].filter(Boolean)
    return `The distributors have ${seats(distributor)}${terms.length ? ` (${terms.join(', ')})` : ''}, so ${seats(billable)} should be billed`
  }
  const setQuantity = (): Operation[] => [
    {
      op: 'updateBillingLine',
      lineId: line.id,
      before: { quantity: line.quantity },
      after: { quantity: billable },
    },
  ]
  if (billable > line.quantity) {
    const impact = cents((billable - line.quantity) * price)
    out.push(
      finding(
        {
          ...numbers(
            'under-billed',
            fingerprint('under-billed', line.id, countedIds, distributor, line.quantity, billable),
            countedIds,
          ),
          monthlyImpact: impact,
        },
        () =>
          withWindows(
            [
              `${owed()}; "${what}" bills ${line.quantity}.`,
              `${money(impact, line.currency)} a month is not collected. Approving sets the line to ${billable}.`,
            ],
            counted,
            window,
          ),
        setQuantity,
      ),
    )
  } else if (line.quantity > billable && line.quantity > minimum) {
    const impact = cents((billable - line.quantity) * price)
    out.push(
      finding(
        {
          ...numbers(
            'over-billed',
            fingerprint('over-billed', line.id, countedIds, distributor, line.quantity, billable),
            countedIds,
          ),
          monthlyImpact: impact,
        },
        () =>
          withWindows(
            [
              `${owed()}; "${what}" bills ${line.quantity}.`,
              `The customer is charged ${money(-impact, line.currency)} a month too much. Approving sets the line to ${billable}.`,
            ],
            counted,
            window,
          ),
        setQuantity,
      ),
    )
  }

  if (cost === undefined || costly === undefined || billable === 0) return
  const unitCost = cost
  const costlySub = costly
  const months = line.unitPrice / price
  const costWords = () =>
    `${named(costlySub)} costs ${money(cents(unitCost), line.currency)} a seat a month; "${what}" charges ${money(cents(price), line.currency)}`
  const floorPrice = marginFloor === undefined ? cost : cost / (1 - marginFloor)
  const reprice = (): Operation[] => [
    {
      op: 'updateBillingLine',
      lineId: line.id,
      before: { unitPrice: line.unitPrice, unitCost: line.unitCost ?? null },
      after: {
        unitPrice: Math.ceil(floorPrice * months * 100) / 100,
        unitCost: cents(unitCost * months),
      },
    },
  ]
  if (price < cost) {
    const impact = cents((cost - price) * billable)
    out.push(
      finding(
        {
          ...numbers(
            'below-cost',
            fingerprint('below-cost', line.id, countedIds, billable, line.unitPrice, cost),
            countedIds,
          ),
          monthlyImpact: impact,
        },
        () => [
          `${costWords()}: below cost, ${money(impact, line.currency)} a month lost on ${seats(billable)}.`,
          `Approving sets the price to ${money(Math.ceil(floorPrice * months * 100) / 100, line.currency)} per ${line.period} period${marginFloor === undefined ? ' (the cost)' : ` (a ${Math.round(marginFloor * 100)} % margin)`}.`,
        ],
        reprice,
      ),
    )
  } else if (marginFloor !== undefined && price > 0 && (price - cost) / price < marginFloor) {
    const floor = marginFloor
    out.push(
      finding(
        numbers(
          'margin-below-floor',
          fingerprint('margin-below-floor', line.id, countedIds, line.unitPrice, cost, marginFloor),
          countedIds,
        ),
        () => [
          `${costWords()}: a margin of ${Math.round(((price - unitCost) / price) * 1000) / 10} %, under the floor of ${Math.round(floor * 100)} %.`,
          `Approving sets the price to ${money(Math.ceil(floorPrice * months * 100) / 100, line.currency)} per ${line.period} period.`,
        ],
        reprice,
      ),
    )
  }
}
