import type { LedgerRun } from '../billing/ledger-run'
import type { DateWords, MoneyWords } from '../billing/finding-words'
import type { Register, Subscription } from '../model/register'
import { instantOn, openWindow } from './cancellation-window'
import { costPerTerm } from './cost-per-term'
import { currentTerm } from './current-term'
import { defaultRenewalSettings, type RenewalSettings } from './renewal-settings'
import { seatAdditions } from './seat-additions'
import { CONVERTED_TERM_MONTHS, trialEnd } from './trial-conversion'

/** One live subscription's commitment as of a day: when it renews and what can still be undone. */
export type CommitmentEntry = {
  subscriptionId: string
  customerId: string | undefined
  distributor: string
  name: string
  termMonths: number | undefined
  autoRenew: boolean | undefined
  trial: boolean
  quantity: number
  /** YYYY-MM-DD: the day the next term begins (a trial: converts); undefined when no date is given. */
  nextRenewal: string | undefined
  /** Why a date is unknown, in words ("ALSO gives no term or end date"). */
  missing?: string
  /** The open 7-day cancellation window, and the seats it covers (all, or an addition's). */
  window?: {
    opened: string
    closes: string
    hoursLeft: number
    reason: 'purchase' | 'renewal' | 'addition'
    seats: number
  }
  /** YYYY-MM-DD, trials that convert (auto-renew not off) only. */
  trialConverts?: string
  /** Seats × unit cost for one term (a trial: the paid year it converts into). */
  costPerTerm?: { amount: number; currency: string }
}

/**
 * What the calendar and alerts read besides the register: the run ledger, which alone knows when
 * seats were added mid-term (without it no addition windows are shown); how money and days are
 * written (`date`: the days of `missing` and of the alerts' words; ISO when not given); and `now`,
 * the instant on `today` (ms since the epoch) a window's hours left are counted from: the start of
 * `today` when not given, the most hours the day has (docs/core-rules.md).
 */
export type CommitmentOptions = {
  runs?: readonly LedgerRun[]
  money?: MoneyWords
  date?: DateWords
  now?: number
}

/** True when a subscription commits the MSP to seats: live at the distributor and in the register. */
export const isLiveSubscription = (s: Subscription) =>
  s.active && (s.status === 'active' || s.status === 'suspended')

/**
 * Every live subscription's next renewal (a trial's conversion), auto-renew, the cancellation
 * window open on `today` (after a purchase, renewal or, from the ledger, a mid-term addition) with
 * its whole hours left at `options.now`, and the money one term costs, in UTC days (docs/core-rules.md "Renewals and commitments"). Where the
 * distributor gives no date the entry says so in `missing` instead of guessing. Soonest first.
 */
export function commitmentCalendar(
  register: Register,
  today: string,
  // The settings decide alerts only; taken here too so both are called alike.
  _settings: RenewalSettings = defaultRenewalSettings,
  options: CommitmentOptions = {},
): CommitmentEntry[] {
  const now = instantOn(today, options.now)
  const additions = seatAdditions(options.runs ?? [], today)
  const entries: CommitmentEntry[] = []
  for (const s of register.subscriptions) {
    if (!isLiveSubscription(s)) continue
    const entry: CommitmentEntry = {
      subscriptionId: s.id,
      customerId: s.customerId,
      distributor: s.distributor,
      name: s.name,
      termMonths: s.termMonths,
      autoRenew: s.autoRenew,
      trial: s.trial === true,
      quantity: s.quantity,
      nextRenewal: undefined,
    }
    if (s.trial === true) {
      const end = trialEnd(s, today, options.date)
      entry.nextRenewal = end.date
      if (end.missing !== undefined) entry.missing = end.missing
      if (end.date !== undefined && s.autoRenew !== false) entry.trialConverts = end.date
      const cost = s.unitCost ? costPerTerm(s, CONVERTED_TERM_MONTHS) : undefined
      if (cost) entry.costPerTerm = cost
      entries.push(entry)
      continue
    }
    const term = currentTerm(s, today, options.date)
    entry.nextRenewal = term.next
    if (term.missing !== undefined) entry.missing = term.missing
    const own = openWindow(term.start, today, now)
    const added = (additions.get(s.id) ?? []).find(
      (a) => term.start === undefined || a.date > term.start,
    )
    const addedWindow = added && openWindow(added.date, today, now)
    if (own) entry.window = { ...own, reason: term.startedBy, seats: s.quantity }
    else if (added && addedWindow)
      entry.window = {
        ...addedWindow,
        reason: 'addition',
        seats: Math.min(added.seats, s.quantity),
      }
    const cost = costPerTerm(s, s.termMonths)
    if (cost) entry.costPerTerm = cost
    entries.push(entry)
  }
  return entries.sort(byRenewal)
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function byRenewal(a: CommitmentEntry, b: CommitmentEntry): number {
  if (a.nextRenewal !== b.nextRenewal) {
    if (a.nextRenewal === undefined) return 1
    if (b.nextRenewal === undefined) return -1
    return cmp(a.nextRenewal, b.nextRenewal)
  }
  return cmp(a.name, b.name) || cmp(a.subscriptionId, b.subscriptionId)
}
