import { addDays, daysBetween, hoursLeftWords, type CommitmentEntry } from '@seatkeeper/core'
import { formatMoney } from '../layout/format-money'
import { autoRenewWords } from '../present/auto-renew-words'
import { formatDate } from '../ui/format-date-time'

/** How far ahead the Renewals page looks (issue 19): one quarter. */
export const HORIZON_DAYS = 90

export type TermKind = 'monthly' | 'part-year' | 'annual' | 'multi-year' | 'trial' | 'unknown'

export const TERM_KIND_LABELS: Record<TermKind, string> = {
  monthly: 'Monthly',
  'part-year': 'Shorter than a year',
  annual: 'Annual',
  'multi-year': 'Longer than a year',
  trial: 'Trials',
  unknown: 'Term not given',
}

export type RenewalFilter = { distributor: string; customerId: string; term: TermKind | '' }
export const NO_RENEWAL_FILTER: RenewalFilter = { distributor: '', customerId: '', term: '' }

/** One line of the renewals list, in words. */
export type RenewalRow = {
  entry: CommitmentEntry
  customer: string
  /** "annual, renews automatically"; a trial: "Trial — converts to paid on 1 Feb 2027". */
  term: string
  /** YYYY-MM-DD: the last day to act; undefined when the distributor gives no date. */
  actBy: string | undefined
  /** What happens on `actBy` + 1 in words ("Renews on 1 Feb 2027", "Window closes …"). */
  event: string
  /** Money per renewal (a trial: the paid year), formatted; '' when no cost is known. */
  money: string
}

/** Which Term filter an entry falls under: every length the Term column words has one. */
export function termKind(entry: CommitmentEntry): TermKind {
  if (entry.trial) return 'trial'
  const months = entry.termMonths
  if (months === undefined || months <= 0) return 'unknown'
  if (months === 1) return 'monthly'
  if (months === 12) return 'annual'
  return months > 12 ? 'multi-year' : 'part-year'
}

function lengthWords(months: number | undefined): string {
  if (months === undefined || months === 0) return 'term not given'
  if (months === 1) return 'monthly'
  if (months === 12) return 'annual'
  if (months % 12 === 0) return `${months / 12}-year`
  return `${months}-month`
}

/** The term in words: "annual, renews automatically", "monthly, does not renew". */
export function termWords(entry: CommitmentEntry): string {
  if (entry.trial) {
    if (entry.trialConverts) return `Trial — converts to paid on ${formatDate(entry.trialConverts)}`
    if (entry.nextRenewal)
      return `Trial — ends on ${formatDate(entry.nextRenewal)}, does not convert`
    return 'Trial — end date not given'
  }
  return `${lengthWords(entry.termMonths)}, ${autoRenewWords(entry.autoRenew, false)}`
}

/**
 * The last day to change the entry: the day before an open cancellation window shuts, else the
 * day before the next term (or a trial's conversion) begins, as the core's alerts count it.
 */
export function actByOf(entry: CommitmentEntry): string | undefined {
  if (entry.window) return addDays(entry.window.closes, -1)
  return entry.nextRenewal === undefined ? undefined : addDays(entry.nextRenewal, -1)
}

function eventWords(entry: CommitmentEntry): string {
  if (entry.window) {
    const what =
      entry.window.reason === 'addition'
        ? `the ${entry.window.seats === 1 ? 'seat' : `${entry.window.seats} seats`} added`
        : entry.window.reason === 'renewal'
          ? 'the renewal'
          : 'the purchase'
    return `Cancellation window for ${what} shuts on ${formatDate(entry.window.closes)} (${hoursLeftWords(entry.window.hoursLeft)})`
  }
  if (entry.nextRenewal === undefined) return entry.missing ?? 'No renewal date given'
  if (entry.trial)
    return entry.trialConverts
      ? `Converts to paid on ${formatDate(entry.nextRenewal)}`
      : `Trial ends on ${formatDate(entry.nextRenewal)}`
  return entry.autoRenew === false
    ? `Term ends on ${formatDate(entry.nextRenewal)}`
    : `Renews on ${formatDate(entry.nextRenewal)}`
}

/** The entries to show for `today`: an act-by day within the horizon, or no date at all (said why). */
export function renewalRows(
  entries: readonly CommitmentEntry[],
  today: string,
  customerName: (customerId: string) => string,
  horizonDays = HORIZON_DAYS,
): RenewalRow[] {
  const last = addDays(today, horizonDays)
  const rows: RenewalRow[] = []
  for (const entry of entries) {
    const actBy = actByOf(entry)
    if (actBy !== undefined && actBy > last) continue
    rows.push({
      entry,
      customer:
        entry.customerId === undefined ? 'No customer mapped' : customerName(entry.customerId),
      term: termWords(entry),
      actBy,
      event: eventWords(entry),
      money: entry.costPerTerm
        ? formatMoney(entry.costPerTerm.amount, entry.costPerTerm.currency)
        : '',
    })
  }
  return rows.sort(byActBy)
}

function byActBy(a: RenewalRow, b: RenewalRow): number {
  if (a.actBy !== b.actBy) {
    if (a.actBy === undefined) return 1
    if (b.actBy === undefined) return -1
    return a.actBy < b.actBy ? -1 : 1
  }
  return a.customer.localeCompare(b.customer) || a.entry.name.localeCompare(b.entry.name)
}

export function filterRenewals(rows: readonly RenewalRow[], filter: RenewalFilter): RenewalRow[] {
  return rows.filter(
    (row) =>
      (filter.distributor === '' || row.entry.distributor === filter.distributor) &&
      (filter.customerId === '' || row.entry.customerId === filter.customerId) &&
      (filter.term === '' || termKind(row.entry) === filter.term),
  )
}

/** The filter choices the rows have: distributors and terms present, sorted. */
export function renewalChoices(rows: readonly RenewalRow[]) {
  const distributors = [...new Set(rows.map((r) => r.entry.distributor))].sort((a, b) =>
    a.localeCompare(b),
  )
  const present = new Set(rows.map((r) => termKind(r.entry)))
  const terms = (Object.keys(TERM_KIND_LABELS) as TermKind[])
    .filter((kind) => present.has(kind))
    .map((kind) => ({ value: kind, label: TERM_KIND_LABELS[kind] }))
  return { distributors, terms }
}

export type MarkKind = 'renewal' | 'window' | 'trial'

/** One mark on the timeline: its day, how far along the horizon it sits (0–1), and its words. */
export type TimelineMark = { day: string; at: number; kind: MarkKind; label: string }

/** The rows with a date as marks on the day they happen (a window: the day it shuts). */
export function timelineMarks(
  rows: readonly RenewalRow[],
  today: string,
  horizonDays = HORIZON_DAYS,
): TimelineMark[] {
  const marks: TimelineMark[] = []
  for (const row of rows) {
    const day = row.entry.window?.closes ?? row.entry.nextRenewal
    if (day === undefined) continue
    const offset = daysBetween(today, day)
    if (offset < 0 || offset > horizonDays) continue
    const kind: MarkKind = row.entry.window ? 'window' : row.entry.trial ? 'trial' : 'renewal'
    marks.push({
      day,
      at: offset / horizonDays,
      kind,
      label: `${row.customer}: ${row.entry.name} — ${row.event}`,
    })
  }
  return marks
}

/** The alerts to decide on within `days` of today (Home's "Decide this month"), soonest first. */
export function alertsDue<T extends { actBy: string }>(
  alerts: readonly T[],
  today: string,
  days = 30,
): T[] {
  const last = addDays(today, days)
  return alerts
    .filter((a) => a.actBy <= last)
    .sort((a, b) => (a.actBy < b.actBy ? -1 : a.actBy > b.actBy ? 1 : 0))
}

/** The money of `alerts` summed per currency, largest first (alerts without money are left out). */
export function moneyDue(
  alerts: readonly { money?: { amount: number; currency: string } }[],
): { amount: number; currency: string }[] {
  const sums = new Map<string, number>()
  for (const { money } of alerts)
    if (money) sums.set(money.currency, (sums.get(money.currency) ?? 0) + money.amount)
  return [...sums]
    .map(([currency, amount]) => ({ amount: Math.round(amount * 100) / 100, currency }))
    .sort((a, b) => b.amount - a.amount)
}
