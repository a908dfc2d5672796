import { cents, periodMonths } from '../billing/money-per-month'
import type { Subscription } from '../model/register'

/**
 * What `seats` of `s` cost the MSP for `termMonths`: the unit cost is per the subscription's
 * billing cycle (unset = monthly), so a monthly-billed annual term is 12 of them. Undefined without
 * a cost, a currency, a term, or a cycle with a length (`other`).
 */
export function costPerTerm(
  s: Subscription,
  termMonths: number | undefined,
  seats: number = s.quantity,
): { amount: number; currency: string } | undefined {
  const cycle = periodMonths(s.billingCycle)
  if (s.unitCost === undefined || s.currency === undefined) return undefined
  if (termMonths === undefined || termMonths <= 0 || cycle === undefined) return undefined
  return { amount: cents((seats * s.unitCost * termMonths) / cycle), currency: s.currency }
}
