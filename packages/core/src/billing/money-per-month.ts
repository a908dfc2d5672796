import type { BillingPeriod } from '../model/billing'
import type { BillingCycle } from '../model/external'

// How many months one price covers. 'one-time' and 'other' have no monthly equivalent.
const MONTHS: Partial<Record<BillingCycle | BillingPeriod, number>> = {
  monthly: 1,
  quarterly: 3,
  annual: 12,
  biennial: 24,
  triennial: 36,
}

/** Months one price of `period` covers (a subscription's unset cycle is monthly); undefined when none. */
export function periodMonths(period: BillingCycle | BillingPeriod | undefined): number | undefined {
  return MONTHS[period ?? 'monthly']
}

/** `amount` (per `period`) as money per month, or undefined for a one-time or other period. */
export function perMonth(
  amount: number,
  period: BillingCycle | BillingPeriod | undefined,
): number | undefined {
  const months = periodMonths(period)
  return months === undefined ? undefined : amount / months
}

/** Money rounded to cents, so totals add up as a person adds them. */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100
}
