import type { BillingLine } from '../model/billing'
import type { Register, Subscription } from '../model/register'
import { isCounted, takesPart } from './counted'
import {
  emptyCounts,
  type Finding,
  type Reconciliation,
  type ReconcileSettings,
  type ReconcileTotals,
} from './finding'
import { byImpact } from './finding-order'
import { money, type MoneyWords } from './finding-words'
import type { FindingContext } from './lazy-finding'
import { lineFindings } from './line-findings'
import { cents } from './money-per-month'
import { reductionWindows } from './reduction-window'
import { unbilledFinding } from './unbilled-finding'
import { unbilledLines, unbilledLineSteps } from './unbilled-line'

/** How the findings' words are written; "12.50 AUD" money when not given. */
export type ReconcileWords = { money?: MoneyWords }

/**
 * Where what the MSP bills has drifted from what the distributors charge: every finding of the
 * rules in docs/core-rules.md "Reconciliation", with totals per currency. Pure and deterministic
 * for a given `settings.today`; dismissed findings (same fingerprint) are left out of both.
 * `words.money` writes the reasons' amounts (the web gives the formatter its amount column uses).
 */
export function reconcile(
  register: Register,
  settings: ReconcileSettings = {},
  words: ReconcileWords = {},
): Reconciliation {
  const steps = reconcileSteps(register, settings, words)
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value
}

/**
 * `reconcile` a slice at a time: the same findings and totals, with `pause` awaited after every
 * `slice` subscriptions and lines, so a page can give its main thread back in between (the
 * Reconciliation page at 100,000 subscriptions: one 150–360 ms task otherwise).
 */
export async function reconcileInSlices(
  register: Register,
  settings: ReconcileSettings,
  words: ReconcileWords,
  pause: () => Promise<void>,
  slice = RECONCILE_SLICE,
): Promise<Reconciliation> {
  const steps = reconcileSteps(register, settings, words, slice)
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value
    await pause()
  }
}

/** Subscriptions or lines reconciled between two pauses of reconcileInSlices. */
export const RECONCILE_SLICE = 20_000

/** The one implementation: yields after every `slice` records looked at, returns the result. */
function* reconcileSteps(
  register: Register,
  settings: ReconcileSettings,
  words: ReconcileWords,
  slice = Number.POSITIVE_INFINITY,
): Generator<void, Reconciliation> {
  const today = settings.today ?? new Date().toISOString().slice(0, 10)
  // Taking-part lines by id, and each line's linked subscriptions as a chain through typed arrays
  // (first[line] → next[subscription] → …): no array per line for the 60k lines that agree.
  const taking = register.billingLines.filter((line) => takesPart(line, today))
  const lineAt = new Map<string, number>()
  taking.forEach((line, i) => lineAt.set(line.id, i))
  const subs = register.subscriptions
  const first = new Int32Array(taking.length).fill(-1)
  const next = new Int32Array(subs.length).fill(-1)
  // The counted subscriptions with seats no line of their customer bills.
  const unbilled: Subscription[] = []
  // Whether taking[at] bills a counted subscription with seats (read for the few lines an
  // unbilled subscription may be linked to).
  const bills = (at: number) => {
    for (let i = first[at] as number; i !== -1; i = next[i] as number) {
      const s = subs[i] as Subscription
      if (isCounted(s) && s.quantity > 0) return true
    }
    return false
  }
  const context: FindingContext = {
    marginFloor: settings.marginFloor,
    window: reductionWindows(today),
    unbilledLine: unbilledLinesWhenRead(taking, unbilled, bills),
    money: words.money ?? money,
  }
  const findings: Finding[] = []
  let looked = 0
  for (let i = subs.length - 1; i >= 0; i--) {
    if (++looked % slice === 0) yield
    const s = subs[i] as Subscription
    const at = s.billingLineId === undefined ? undefined : lineAt.get(s.billingLineId)
    // A link to another customer's line (the subscription moved since) bills nothing here.
    if (at !== undefined && (taking[at] as BillingLine).customerId === s.customerId) {
      next[i] = first[at] as number
      first[at] = i
    } else if (isCounted(s) && s.quantity > 0) {
      unbilled.push(s)
      findings.push(unbilledFinding(s, context))
    }
  }
  // One buffer for every line's linked subscriptions. Never emptied: `length = 0` drops an array's
  // storage, and the next push would allocate it again, 60k times.
  const linked: Subscription[] = []
  for (let at = 0; at < taking.length; at++) {
    if (++looked % slice === 0) yield
    if (first[at] === -1) continue
    let n = 0
    for (let i = first[at] as number; i !== -1; i = next[i] as number)
      linked[n++] = subs[i] as Subscription
    linked.length = n
    lineFindings(taking[at] as BillingLine, linked, context, findings)
  }

  if (looked >= slice) yield
  // In slices, the lines unbilled findings may link to are worked out now, a slice at a time:
  // left to the first row's words they were one long task on the page. Plain reconcile keeps
  // them for when (and if) an unbilled finding's words or fix are read.
  if (slice !== Number.POSITIVE_INFINITY && unbilled.length > 0)
    context.unbilledLine = yield* unbilledLineSteps(taking, unbilled, bills, slice)
  const dismissed = new Set(register.dismissals.map((d) => d.findingId))
  const shown = dismissed.size === 0 ? findings : findings.filter((f) => !dismissed.has(f.id))
  return { findings: byImpact(shown), totals: totalsOf(shown) }
}

/**
 * Which line each unbilled subscription may be linked to. Only the fix and words of an unbilled
 * subscription read it, so it is worked out when the first of those is read.
 */
function unbilledLinesWhenRead(
  taking: readonly BillingLine[],
  unbilled: readonly Subscription[],
  bills: (at: number) => boolean,
): FindingContext['unbilledLine'] {
  let lineOf: FindingContext['unbilledLine'] | undefined
  return (s) => (lineOf ??= unbilledLines(taking, unbilled, bills))(s)
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
