import type { BillingCycle, ExternalSubscription, SubscriptionStatus } from '@seatkeeper/core'
import { calendarDay } from '../calendar-day'
import type { TdsynnexSubscription } from './schemas'

/**
 * `subscriptionStatus` strings. "active" is [C] (NinjaOne script); the rest are [I], read from how
 * ION's portal words states, case-insensitively. Any other value leaves the record out, named.
 */
const STATUSES: Record<string, SubscriptionStatus> = {
  active: 'active',
  suspended: 'suspended',
  disabled: 'suspended',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  expired: 'cancelled',
  pending: 'pending',
  provisioning: 'pending',
  deleted: 'deleted',
}

/**
 * `subscriptionBillingTerm`: P1M, P1Y, monthly, quarterly, annually [C]. ISO durations are read as
 * the commitment term billed at that cadence (Microsoft NCE's P1M/P1Y) [I]; words as the cadence only.
 */
const TERMS: Record<string, { cycle: BillingCycle; months?: number }> = {
  p1m: { cycle: 'monthly', months: 1 },
  p1y: { cycle: 'annual', months: 12 },
  p3y: { cycle: 'triennial', months: 36 },
  monthly: { cycle: 'monthly' },
  quarterly: { cycle: 'quarterly' },
  annually: { cycle: 'annual' },
  annual: { cycle: 'annual' },
}

/** The core status, or undefined for a value ION has not been seen to send. */
export function tdsynnexSubscriptionStatus(raw: string): SubscriptionStatus | undefined {
  return STATUSES[raw.trim().toLowerCase()]
}

/** One ION subscription in the core model; `status` is already read (tdsynnexSubscriptionStatus). */
export function normaliseTdsynnexSubscription(
  s: TdsynnexSubscription,
  status: SubscriptionStatus,
): ExternalSubscription {
  const result: ExternalSubscription = {
    externalId: s.subscriptionId,
    customerExternalId: s.customerId,
    name: s.subscriptionName,
    status,
    // No trial flag is known; Microsoft names trial offers "... Trial" [I].
    trial: /\btrial\b/i.test(s.subscriptionName),
    quantity: s.subscriptionTotalLicenses,
  }
  if (s.ccpProductId) result.sku = s.ccpProductId
  const term = s.subscriptionBillingTerm
    ? TERMS[s.subscriptionBillingTerm.trim().toLowerCase()]
    : undefined
  if (term) {
    result.billingCycle = term.cycle
    if (term.months !== undefined) result.termMonths = term.months
  } else if (s.subscriptionBillingTerm) {
    result.billingCycle = 'other'
  }
  const startDate = calendarDay(s.subscriptionStartDate)
  if (startDate) result.startDate = startDate
  // The end date is the end of the current term: when a commitment can next be changed [I].
  const endDate = calendarDay(s.subscriptionEndDate)
  if (endDate) result.contractEndDate = endDate
  if (s.autoRenew != null) result.autoRenew = s.autoRenew
  if (s.cost != null) result.unitCost = s.cost
  if (s.price != null) result.unitPrice = s.price
  const currency = s.currency?.trim().toUpperCase()
  if (currency && /^[A-Z]{3}$/.test(currency)) result.currency = currency
  return result
}
