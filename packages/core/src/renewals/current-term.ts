import { isoDay, type DateWords } from '../billing/finding-words'
import type { Subscription } from '../model/register'
import { addMonths, monthsBetween } from '../support/utc-days'

/** A subscription's term as of a day, from the dates its distributor gives. */
export type Term = {
  /** The day the current term began (its purchase or last renewal); undefined when not known. */
  start: string | undefined
  startedBy: 'purchase' | 'renewal'
  /**
   * The day the next term begins, or, without auto-renew, the day the subscription ends;
   * undefined when the distributor gives no date to count from (then `missing` says why).
   */
  next: string | undefined
  missing?: string
}

/**
 * The end of the current commitment: the contract end date, else the end date. The register's
 * end date falls back to the contract end, but some distributors put a scheduled termination there
 * (ALSO's ScheduledTerminationDate, Pax8's end of a pending cancellation: docs/distributors.md).
 */
export const commitmentEnd = (s: Subscription) => s.contractEndDate ?? s.endDate

/**
 * The term `s` is in on `today` (UTC days). Terms are counted in whole months from the given end
 * date, else the start date (Jan 31 + 1 month = Feb 28; each boundary from the anchor, so a later
 * one is Mar 31 again). The end date is read as the renewal day itself: distributors differ on
 * whether it is the term's last day or the next term's first [I], and the earlier reading makes
 * an act-by day err early rather than late (for a day written ahead of UTC, see docs/core-rules.md
 * "Early, not late"). `date` writes the days of `missing`.
 */
export function currentTerm(s: Subscription, today: string, date: DateWords = isoDay): Term {
  const term = s.termMonths !== undefined && s.termMonths > 0 ? s.termMonths : undefined
  const end = commitmentEnd(s)
  const started = s.startDate !== undefined && s.startDate <= today ? s.startDate : undefined
  const purchase = { start: started, startedBy: 'purchase' as const }
  if (term === undefined) {
    if (end !== undefined && end > today) return { ...purchase, next: end }
    const why =
      end === undefined
        ? 'no term or end date'
        : `no term, and its end date ${date(end)} has passed`
    return { ...purchase, next: undefined, missing: `${s.distributor} gives ${why}` }
  }
  const anchor = end ?? s.startDate
  if (anchor === undefined)
    return { ...purchase, next: undefined, missing: `${s.distributor} gives no start or end date` }
  if (end !== undefined && end <= today && s.autoRenew === false)
    return {
      ...purchase,
      next: undefined,
      missing: `${s.distributor} ended its term on ${date(end)}, and it does not renew automatically`,
    }
  // The boundary at or before today: months between are an estimate (clamped days), then checked.
  let k = Math.floor(monthsBetween(anchor, today) / term)
  while (addMonths(anchor, k * term) > today) k--
  while (addMonths(anchor, (k + 1) * term) <= today) k++
  const boundary = addMonths(anchor, k * term)
  const next = addMonths(anchor, (k + 1) * term)
  if (started !== undefined && started >= boundary) return { ...purchase, next }
  if (s.startDate !== undefined && s.startDate > today) return { ...purchase, next }
  return { start: boundary, startedBy: 'renewal', next }
}
