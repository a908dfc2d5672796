import type { BillingLine } from '../model/billing'
import type { Subscription } from '../model/register'
import { isCounted } from './counted'

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
type Group = { free: BillingLine[]; unbilled: Subscription[]; first: BillingLine }

/**
 * The line each unbilled subscription may be linked to (see UnbilledLine), worked out for every
 * subscription at once so no two fixes link to the same line. `linkedTo(s)` is the taking-part
 * line of its customer `s` is billed on, if any. Built when the first unbilled finding's fix or
 * words are read. A subscription is matched to a free line when each is the other's only choice,
 * or else when each is the other's only choice of equal quantity (the world's lines carry their
 * subscription's seats); any other tie is left to a person.
 */
export function unbilledLines(
  taking: readonly BillingLine[],
  subscriptions: readonly Subscription[],
  linkedTo: (s: Subscription) => BillingLine | undefined,
): (s: Subscription) => UnbilledLine {
  const steps = unbilledLineSteps(taking, subscriptions, linkedTo)
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value
}

/**
 * `unbilledLines` yielding after every `slice` subscriptions, lines or groups looked at, so a
 * page reconciling in slices works it out in slices too (at 100,000 subscriptions it was one
 * task of its own when the first row was drawn).
 */
export function* unbilledLineSteps(
  taking: readonly BillingLine[],
  subscriptions: readonly Subscription[],
  linkedTo: (s: Subscription) => BillingLine | undefined,
  slice = Number.POSITIVE_INFINITY,
): Generator<void, (s: Subscription) => UnbilledLine> {
  let looked = 0
  const billing = new Set<string>()
  const unbilled: Subscription[] = []
  for (const s of subscriptions) {
    if (++looked % slice === 0) yield
    if (!isCounted(s) || s.quantity === 0) continue
    const line = linkedTo(s)
    if (line) billing.add(line.id)
    else if (s.sku !== undefined) unbilled.push(s)
  }
  const groups = new Map<string, Group>()
  const keyOf = (customerId: string, code: string) => `${customerId}\u0000${code}`
  for (const line of taking) {
    if (++looked % slice === 0) yield
    if (line.itemCode === undefined) continue
    const key = keyOf(line.customerId, line.itemCode)
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { free: [], unbilled: [], first: line }))
    if (!billing.has(line.id)) group.free.push(line)
  }
  for (const s of unbilled) groups.get(keyOf(s.customerId, s.sku as string))?.unbilled.push(s)

  const answers = new Map<string, UnbilledLine>()
  for (const group of groups.values()) {
    if (++looked % slice === 0) yield
    matchGroup(group, answers)
  }
  return (s) => (s.sku === undefined ? NONE : (answers.get(s.id) ?? NONE))
}

/** A line's currency fits a subscription's when the subscription's is unknown or the same. */
const fits = (s: Subscription, line: BillingLine) => !s.currency || s.currency === line.currency

function matchGroup(group: Group, answers: Map<string, UnbilledLine>): void {
  const { free, unbilled, first } = group
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
