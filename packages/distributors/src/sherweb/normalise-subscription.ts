import type { BillingCycle, ExternalSubscription } from '@seatkeeper/core'
import { calendarDay } from '../calendar-day'
import type { SherwebSubscription } from './schemas'

/** Sherweb's billingCycle: none/daily/weekly/monthly/yearly/unknown [C]; casing is not promised [I]. */
const BILLING_CYCLES: Record<string, BillingCycle> = {
  monthly: 'monthly',
  yearly: 'annual',
  // "none" is read as "not billed per cycle", i.e. a one-off purchase [I].
  none: 'one-time',
}

/** commitmentTerm.type: Monthly/Annual/Biennial/Triennial [C]. */
const TERM_MONTHS: Record<string, number> = { monthly: 1, annual: 12, biennial: 24, triennial: 36 }

/** fees.currency: "possible values include Undefined, Cad, Usd, Eur, Gbp" [C]. */
function currency(value: string | null | undefined): string | undefined {
  if (!value || !/^[a-z]{3}$/i.test(value)) return undefined
  return value.toUpperCase()
}

export type SubscriptionContext = {
  customerExternalId: string
  /** Sherweb has no subscription status; a suspended customer's services are suspended with it [I]. */
  customerSuspended?: boolean
}

/**
 * One Sherweb subscription in the core model. Sherweb lists no status [C]: a listed subscription is
 * live, and cancelled ones drop out of the list [I], so removal is seen as absence from a complete
 * listing. Trials carry no flag either; Microsoft names trial offers "... Trial" [I].
 */
export function normaliseSherwebSubscription(
  subscription: SherwebSubscription,
  context: SubscriptionContext,
): ExternalSubscription {
  const result: ExternalSubscription = {
    externalId: subscription.id,
    customerExternalId: context.customerExternalId,
    name: subscription.productName,
    status: context.customerSuspended ? 'suspended' : 'active',
    trial: /\btrial\b/i.test(subscription.productName),
    quantity: subscription.quantity,
  }
  if (subscription.sku) result.sku = subscription.sku
  const startDate = calendarDay(subscription.purchaseDate)
  if (startDate) result.startDate = startDate
  const cycle = subscription.billingCycle?.toLowerCase()
  if (cycle) result.billingCycle = BILLING_CYCLES[cycle] ?? 'other'

  const term = subscription.commitmentTerm
  if (term) {
    const months = term.type ? TERM_MONTHS[term.type.toLowerCase()] : undefined
    if (months !== undefined) result.termMonths = months
    const contractEndDate = calendarDay(term.termEndDate)
    if (contractEndDate) result.contractEndDate = contractEndDate
    // "Null for subscriptions that will not auto-renew at the end of the commitment term" [C].
    result.autoRenew = term.renewalConfiguration != null
  }

  // The Service Provider API's fee is the recurring amount charged every cycle, per unit, on the
  // service provider's catalog: the price to the end customer [I]. The partner's cost lives only in
  // the Distributor API's payable charges, which carry no customer, so unitCost stays unset.
  if (subscription.fees) {
    result.unitPrice = subscription.fees.recurringFee
    const code = currency(subscription.fees.currency)
    if (code) result.currency = code
  }
  return result
}
