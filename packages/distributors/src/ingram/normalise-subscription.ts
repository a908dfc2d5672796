import type { ExternalSubscription, SubscriptionStatus } from '@seatkeeper/core'
import { calendarDay } from '../calendar-day'
import { INGRAM_LABEL } from './calls'
import type { IngramSubscription, IngramSubscriptionDetails } from './schemas'

/** The five subscription statuses [C: apidocs.cloud.im 1.5 howto]; "hold" is a suspension [I]. */
const STATUSES: Record<string, SubscriptionStatus> = {
  pending: 'pending',
  active: 'active',
  hold: 'suspended',
  terminated: 'cancelled',
  removed: 'deleted',
}

function currency(value: string | null | undefined): string | undefined {
  const code = value?.trim().toUpperCase()
  return code && /^[A-Z]{3}$/.test(code) ? code : undefined
}

/**
 * A list item and its details in the core model, or a problem naming the subscription. The list
 * gives status and dates [C]; name, quantity and price come from the details' products [C: hex
 * SubscriptionItem]. The first product is the subscription's own [I]: later ones are add-ons.
 * Billing period and term are in neither answer [I], so billingCycle and termMonths stay unset.
 */
export function normaliseIngramSubscription(
  item: IngramSubscription,
  details: IngramSubscriptionDetails,
): ExternalSubscription | string {
  const named = `subscription ${item.id} of customer ${item.customerId}`
  const status = STATUSES[item.status.trim().toLowerCase()]
  if (!status) {
    return `${INGRAM_LABEL} listed ${named} with status ${JSON.stringify(item.status)}, which is none of pending, active, hold, terminated, removed; it was left out.`
  }
  const product = details.products[0]
  if (!product) {
    return `${INGRAM_LABEL} gave no products for ${named} (GET /subscriptions/{id}); without one its name and quantity are unknown, so it was left out.`
  }
  const name = details.name?.trim() || product.name?.trim() || product.mpn?.trim()
  if (!name) {
    return `${INGRAM_LABEL} gave ${named} no name and no product number (mpn); it was left out.`
  }
  if (product.quantity == null || product.quantity < 0) {
    return `${INGRAM_LABEL} gave ${named} ${product.quantity == null ? 'no quantity' : `quantity ${product.quantity}`}; it was left out.`
  }
  const result: ExternalSubscription = {
    externalId: item.id,
    customerExternalId: item.customerId,
    name,
    status,
    // No trial flag exists [I]; Microsoft names its trial offers "... Trial".
    trial: /\btrial\b/i.test(name),
    quantity: product.quantity,
  }
  if (product.mpn?.trim()) result.sku = product.mpn.trim()
  const startDate = calendarDay(item.creationDate)
  if (startDate) result.startDate = startDate
  // renewalDate is when the current term ends and the next begins [I]: the commitment end date.
  const contractEndDate = calendarDay(item.renewalDate)
  if (contractEndDate) result.contractEndDate = contractEndDate
  // renewalStatus: true when the subscription renews on its own [I].
  if (typeof item.renewalStatus === 'boolean') result.autoRenew = item.renewalStatus
  // The reseller's API prices a subscription at what its customer is billed [I]: unitPrice.
  // Ingram Micro's cost to the reseller is not in these answers, so unitCost stays unset.
  const price = product.unitPrice
  if (price?.value != null) {
    result.unitPrice = price.value
    const code = currency(price.currency)
    if (code) result.currency = code
  }
  return result
}
