import type { BillingCycle, ExternalSubscription, SubscriptionStatus } from '@seatkeeper/core'
import { calendarDay } from '../calendar-day'
import { billingCycleOfMonths, parseProductId } from './parse-product-id'
import type { RhipeSubscription } from './schemas'

/*
 * [I] PRISM's Status values are not confirmed by any source (fixtures README). The words below are
 * the plausible ones; anything else becomes 'pending', which neither counts as live nor makes a sync
 * deactivate the subscription, so an unexpected word can never delete anything.
 */
const STATUS: Record<string, SubscriptionStatus> = {
  active: 'active',
  enabled: 'active',
  suspended: 'suspended',
  disabled: 'suspended',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  expired: 'cancelled',
  deleted: 'deleted',
  deprovisioned: 'deleted',
  pending: 'pending',
  inprogress: 'pending',
  provisioning: 'pending',
}

function status(value: string | null | undefined): SubscriptionStatus {
  const key = (value ?? '').toLowerCase().replace(/[\s_-]+/g, '')
  return STATUS[key] ?? 'pending'
}

/*
 * [I] BillingCycle values are placeholders ("Monthly"); BillingCycleDuration is read as the number
 * of those units between charges (Monthly × 12 = annual).
 */
const CYCLE_MONTHS: Record<string, number> = {
  monthly: 1,
  month: 1,
  quarterly: 3,
  annual: 12,
  annually: 12,
  yearly: 12,
  year: 12,
}

function billingCycle(
  cycle: string | null | undefined,
  duration: number | null | undefined,
): BillingCycle | undefined {
  const key = (cycle ?? '').trim().toLowerCase()
  if (!key) return undefined
  if (key === 'none' || key === 'onetime' || key === 'one-time' || key === 'one time')
    return 'one-time'
  const unit = CYCLE_MONTHS[key]
  if (unit === undefined) return 'other'
  const times = duration && duration > 0 ? duration : 1
  return billingCycleOfMonths(unit * times)
}

/**
 * A PRISM subscription (from a contract agreement's tenant) as an ExternalSubscription. PRISM
 * gives no end date, commitment end, renewal flag or price on subscriptions (docs/distributors.md
 * §4), so those stay unset rather than guessed.
 */
export function normaliseRhipeSubscription(
  subscription: RhipeSubscription,
  customerExternalId: string,
): ExternalSubscription {
  const productId = subscription.ProductId?.trim() ?? ''
  const product = productId ? parseProductId(productId) : undefined
  const name = subscription.ProductName?.trim() || productId || subscription.SubscriptionId
  const result: ExternalSubscription = {
    externalId: subscription.SubscriptionId,
    customerExternalId,
    name,
    status: status(subscription.Status),
    quantity: subscription.Quantity,
  }
  if (product?.sku) result.sku = product.sku
  // [I] No trial flag exists; Microsoft names its trial offers "… Trial".
  if (/\btrial\b/i.test(name)) result.trial = true
  // FirstPurchased carries an offset (+10:00): the day as PRISM wrote it (calendarDay).
  const start = calendarDay(subscription.FirstPurchased)
  if (start) result.startDate = start
  const cycle =
    billingCycle(subscription.BillingCycle, subscription.BillingCycleDuration) ??
    product?.billingCycle
  if (cycle) result.billingCycle = cycle
  if (product?.termMonths !== undefined) result.termMonths = product.termMonths
  return result
}
