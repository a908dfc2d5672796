import type { BillingLine } from '../model/billing'
import type { Subscription } from '../model/register'

/**
 * Which line an unbilled subscription's fix may link it to:
 * - `link`: the one line of its customer billing its SKU that bills nothing yet, and nothing else
 *   unbilled competes for it;
 * - `choose`: such lines exist, but the evidence cannot say which subscription each bills (the same
 *   product from several distributors, or bought twice): a person chooses;
 * - `taken`: every line billing its SKU already bills a counted subscription (linking would bill
 *   two subscriptions on one line's quantity), or is in another currency;
 * - `none`: no line of its customer bills its SKU.
 */
export type UnbilledLine =
  | { kind: 'link'; line: BillingLine }
  | { kind: 'choose'; line: BillingLine; lines: number; rivals: number }
  | { kind: 'taken'; line: BillingLine; why: 'billed' | 'currency' }
  | { kind: 'none' }

const NONE: UnbilledLine = { kind: 'none' }

/** One customer's lines and unbilled subscriptions of one item code. */
type Group = { free: BillingLine[]; unbilled: Subscription[]; first: BillingLine | undefined }

/**
 * The line each unbilled subscription may be linked to (see UnbilledLine), worked out for every
 * subscription at once so no two fixes link to the same line. `unbilled` are the counted
 * subscriptions with seats that no line of their customer bills; `bills(at)` says whether
 * `taking[at]` bills a counted subscription with seats. A subscription is matched to a free line
 * when each is the other's only choice, or else when each is the other's only choice of equal
 * quantity (the world's lines carry their subscription's seats); any other tie is left to a person.
 */
export function unbilledLines(
  taking: readonly BillingLine[],
  unbilled: readonly Subscription[],
  bills: (at: number) => boolean,
): (s: Subscription) => UnbilledLine {
  const steps = unbilledLineSteps(taking, unbilled, bills)
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value
}

/**
 * `unbilledLines` yielding after every `slice` lines or groups looked at, so a page reconciling in
 * slices works it out in slices too. Only the customers with an unbilled subscription are grouped:
 * at 100,000 subscriptions, grouping every line by a customer-and-code string took longer than
 * reconcile itself (110–190 ms against 70–90 ms).
 */
export function* unbilledLineSteps(
  taking: readonly BillingLine[],
  unbilled: readonly Subscription[],
  bills: (at: number) => boolean,
  slice = Number.POSITIVE_INFINITY,
): Generator<void, (s: Subscription) => UnbilledLine> {
  let looked = 0
  // customer id → item code → group, for the unbilled subscriptions with a SKU.
  const byCustomer = new Map<string, Map<string, Group>>()
  const groups: Group[] = []
  for (const s of unbilled) {
    if (s.sku === undefined) continue
    let codes = byCustomer.get(s.customerId)
    if (!codes) byCustomer.set(s.customerId, (codes = new Map()))
    let group = codes.get(s.sku)
    if (!group) {
      codes.set(s.sku, (group = { free: [], unbilled: [], first: undefined }))
      groups.push(group)
    }
    group.unbilled.push(s)
  }
  for (let at = 0; at < taking.length; at++) {
    if (++looked % slice === 0) yield
    const line = taking[at] as BillingLine
    if (line.itemCode === undefined) continue
    const group = byCustomer.get(line.customerId)?.get(line.itemCode)
    if (!group) continue
    group.first ??= line
    if (!bills(at)) group.free.push(line)
  }

  const answers = new Map<string, UnbilledLine>()
  for (const group of groups) {
    if (++looked % slice === 0) yield
    if (group.first) matchGroup(group, group.first, answers)
  }
  return (s) => (s.sku === undefined ? NONE : (answers.get(s.id) ?? NONE))
}

/** A line's currency fits a subscription's when the subscription's is unknown or the same. */
const fits = (s: Subscription, line: BillingLine) => !s.currency || s.currency === line.currency

function matchGroup(group: Group, first: BillingLine, answers: Map<string, UnbilledLine>): void {
  const { free, unbilled } = group
  const candidates = new Map<string, BillingLine[]>()
  const rivals = new Map<string, Subscription[]>()
  for (const line of free) rivals.set(line.id, [])
  for (const s of unbilled) {
    const lines = free.filter((line) => fits(s, line))
    candidates.set(s.id, lines)
    for (const line of lines) rivals.get(line.id)?.push(s)
  }
  const only = <T>(items: readonly T[]): T | undefined =>
    items.length === 1 ? items[0] : undefined
  for (const s of unbilled) {
    const lines = candidates.get(s.id) ?? []
    if (lines.length === 0) {
      const why = free.length > 0 ? 'currency' : 'billed'
      answers.set(s.id, { kind: 'taken', line: free[0] ?? first, why })
      continue
    }
    let line = only(lines)
    if (!line || only(rivals.get(line.id) ?? []) !== s) {
      // Each the other's only choice of equal quantity.
      line = only(lines.filter((l) => l.quantity === s.quantity))
      const equal = line && (rivals.get(line.id) ?? []).filter((r) => r.quantity === line?.quantity)
      if (!line || !equal || only(equal) !== s) line = undefined
    }
    if (line) {
      answers.set(s.id, { kind: 'link', line })
      continue
    }
    const chosen = lines[0] as BillingLine
    const others = new Set<Subscription>()
    for (const l of lines) for (const r of rivals.get(l.id) ?? []) if (r !== s) others.add(r)
    answers.set(s.id, { kind: 'choose', line: chosen, lines: lines.length, rivals: others.size })
  }
}
