import type { BillingLine } from '../model/billing'
import type { Register, Subscription } from '../model/register'
import { addDays, addMonths, daysBetween } from '../support/utc-days'
import { cents, periodMonths } from './money-per-month'
import { isCounted, takesPart } from './counted'
import { quantityChange, type LedgerRun } from './ledger-run'

export type { LedgerRun } from './ledger-run'

/** The days charged for (inclusive, YYYY-MM-DD). */
export type ChargePeriod = { start: string; end: string }

/** A charge (> 0) or credit (< 0) for seats added or removed part-way through a billing period. */
export type ProRataCharge = {
  lineId: string
  customerId: string
  subscriptionId: string
  runId: string
  /** The day the quantity changed. */
  date: string
  /** The last day charged: the end of the line's billing period, or the subscription's term end. */
  until: string
  quantityChange: number
  unitPrice: number
  currency: string
  /** Days charged, the change day included, of `periodDays`. */
  days: number
  periodDays: number
  amount: number
}

/**
 * The billing period of `line` a change on `date` falls in: for a line billed per year or longer
 * on a subscription with a term end, the rest of that term (new-commerce mid-term additions are
 * co-termed to the end date, billing-apis.md §5); otherwise the calendar month, quarter or years of
 * the line's period around the date.
 */
function periodOf(line: BillingLine, s: Subscription, date: string) {
  const months = periodMonths(line.period) ?? 1
  const termEnd = s.endDate ?? s.contractEndDate
  if (months >= 12 && termEnd && termEnd >= date) {
    const termStart = addDays(addMonths(termEnd, -(s.termMonths || months)), 1)
    return { until: termEnd, periodDays: daysBetween(termStart, termEnd) + 1 }
  }
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1
  const first = index - (index % months)
  const start = `${String(Math.floor(first / 12)).padStart(4, '0')}-${String((first % 12) + 1).padStart(2, '0')}-01`
  const end = addDays(addMonths(start, months), -1)
  // A term ending inside a monthly period stops the charge there.
  const until = termEnd && termEnd >= date && termEnd < end ? termEnd : end
  return { until, periodDays: daysBetween(start, end) + 1 }
}

/**
 * For the changes the run ledger recorded between `period.start` and `period.end`, one pro-rata
 * charge or credit per subscription quantity change on a line it is billed on: Δ seats × the
 * line's unit price × the days left in its billing period (the change day included) ÷ the days in
 * that period. Trials, not-billable and inactive subscriptions, and lines that do not take part on
 * the day, give none. Deactivations are not credited here: reconcile reports them as billed after
 * cancellation.
 */
export function proRataCharges(
  register: Register,
  runs: readonly LedgerRun[],
  period: ChargePeriod,
): ProRataCharge[] {
  if (!(period.start <= period.end))
    throw new RangeError(
      `The period must start on or before its end (got ${period.start} to ${period.end}).`,
    )
  const subscriptions = new Map(register.subscriptions.map((s) => [s.id, s]))
  const lines = new Map(register.billingLines.map((l) => [l.id, l]))
  const charges: ProRataCharge[] = []
  for (const { run, operations } of runs) {
    const date = run.finishedAt.slice(0, 10)
    if (date < period.start || date > period.end) continue
    for (const operation of operations) {
      const change = quantityChange(operation)
      const s = change && subscriptions.get(change.id)
      const line = s?.billingLineId === undefined ? undefined : lines.get(s.billingLineId)
      if (!change || !s || !line || line.customerId !== s.customerId) continue
      if (!isCounted(s) || !takesPart(line, date)) continue
      const { until, periodDays } = periodOf(line, s, date)
      const days = daysBetween(date, until) + 1
      charges.push({
        lineId: line.id,
        customerId: line.customerId,
        subscriptionId: s.id,
        runId: run.id,
        date,
        until,
        quantityChange: change.delta,
        unitPrice: line.unitPrice,
        currency: line.currency,
        days,
        periodDays,
        amount: cents((change.delta * line.unitPrice * days) / periodDays),
      })
    }
  }
  return charges.sort(
    (a, b) =>
      cmp(a.customerId, b.customerId) ||
      cmp(a.lineId, b.lineId) ||
      cmp(a.date, b.date) ||
      cmp(a.subscriptionId, b.subscriptionId),
  )
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
