import type { BillingCycle, ExternalSubscription } from '@seatkeeper/core'
import { calendarDay } from '../calendar-day'
import type { CrayonSubscription } from './schemas'
import { readCrayonStatus } from './subscription-status'

/** BillingCycleType [C: crayon-api-sdk Domain/Csp/BillingCycleType.cs]; 0 is Crayon's "Unknown". */
const BILLING_CYCLES: Record<number, BillingCycle | undefined> = {
  0: undefined,
  1: 'monthly',
  2: 'annual',
  // "None": not billed per cycle (usage, e.g. an Azure plan) [I]; no core cycle says that.
  3: 'other',
  4: 'one-time',
  5: 'triennial',
}

/** termDuration as ISO 8601 (P1M, P1Y, P3Y) [C: OpenAPI], read into months. */
function termMonths(duration: string | null | undefined): number | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?$/i.exec(duration?.trim() ?? '')
  if (!match || (!match[1] && !match[2])) return undefined
  return Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0)
}

export type SubscriptionReading =
  { ok: true; subscription: ExternalSubscription } | { ok: false; reason: string }

/**
 * One Crayon subscription in the core model, or why it cannot be read (an undocumented status
 * flag). The list carries the sales price but no cost and no currency: those are only on
 * `GET /subscriptions/{id}` (`pricing`) [C], one call per subscription, which the listing does not
 * make, so unitCost and currency stay unset rather than guessed.
 */
export function normaliseCrayonSubscription(subscription: CrayonSubscription): SubscriptionReading {
  const name = subscription.product?.itemName?.trim() || subscription.name?.trim() || ''
  const status = readCrayonStatus(subscription.status)
  if (!status.ok) {
    return {
      ok: false,
      reason: `Crayon subscription "${name || subscription.id}" (${subscription.id}) was left out: ${status.reason}. Report it so Seatkeeper can learn the new status`,
    }
  }
  const result: ExternalSubscription = {
    externalId: subscription.id,
    customerExternalId: subscription.customerTenant.id,
    name,
    status: status.status,
    quantity: subscription.quantity,
  }
  if (subscription.isTrial != null) result.trial = subscription.isTrial
  const sku = subscription.product?.partNumber?.trim() || subscription.partNumber?.trim()
  if (sku) result.sku = sku
  const startDate = calendarDay(subscription.startDate) ?? calendarDay(subscription.creationDate)
  if (startDate) result.startDate = startDate
  // endDate is the end of the current term (the sample's P1Y from 2024-07-01 ends 2025-06-30) [I];
  // the commitment end proper is only on GET /subscriptions/{id} [C].
  const endDate = calendarDay(subscription.endDate)
  if (endDate) result.contractEndDate = endDate
  if (subscription.billingCycle != null) {
    const cycle =
      subscription.billingCycle in BILLING_CYCLES
        ? BILLING_CYCLES[subscription.billingCycle]
        : 'other'
    if (cycle) result.billingCycle = cycle
  }
  const months = termMonths(subscription.termDuration)
  if (months !== undefined) result.termMonths = months
  if (subscription.autoRenewEnabled != null) result.autoRenew = subscription.autoRenewEnabled
  // salesPrice: the price the MSP sells at, per unit [I: the SDK does not say per unit or total].
  if (subscription.salesPrice != null) result.unitPrice = subscription.salesPrice
  return { ok: true, subscription: result }
}
