import { isoDay, type DateWords } from '../billing/finding-words'
import type { Subscription } from '../model/register'
import { addDays } from '../support/utc-days'
import { commitmentEnd } from './current-term'

// New-commerce seat-based trials last 30 days and then convert into a paid one-year subscription
// of the same product unless auto-renew is off (billing-apis.md §5: CloudCockpit, Appxite KB,
// Ingram trial FAQ).
export const TRIAL_DAYS = 30
export const CONVERTED_TERM_MONTHS = 12

/**
 * The day a trial ends: its end date, else 30 days from its start; undefined (with why) when
 * neither is known or the day has passed while the distributor still lists a trial (its day
 * written by `date`).
 */
export function trialEnd(
  s: Subscription,
  today: string,
  date: DateWords = isoDay,
): { date: string; missing?: undefined } | { date?: undefined; missing: string } {
  const end =
    commitmentEnd(s) ?? (s.startDate === undefined ? undefined : addDays(s.startDate, TRIAL_DAYS))
  if (end === undefined)
    return { missing: `${s.distributor} gives no start or end date for the trial` }
  if (end <= today)
    return {
      missing: `${s.distributor} still lists it as a trial, although the trial was due to end on ${date(end)}`,
    }
  return { date: end }
}
