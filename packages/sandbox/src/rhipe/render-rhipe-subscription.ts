import type { WorldSubscription } from '../world/generate-world'
import { programOf } from './rhipe-programs'

/*
 * [I] PRISM's Status words are unconfirmed (fixtures README); the simulator speaks the plausible
 * ones, including Cancelled and Pending, so the adapter's tolerance is exercised.
 */
const STATUS: Record<WorldSubscription['status'], string> = {
  active: 'Active',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
  deleted: 'Deleted',
  pending: 'Pending',
}

function duration(months: number): string {
  return months % 12 === 0 ? `P${months / 12}Y` : `P${months}M`
}

/** The local (Sydney) calendar date at 08:30 +10:00: in UTC that is still the day before. */
function firstPurchased(startDate: string): string {
  return `${startDate}T08:30:00.000+10:00`
}

/** One world subscription in the shape of contractagreement-tenants.json's Subscriptions[]. */
export function renderRhipeSubscription(subscription: WorldSubscription, tenantLabel: string) {
  const program = programOf(subscription)
  const billingMonths = subscription.billingCycle === 'annual' ? 12 : 1
  // NCE licence ids carry term and billing (fixture: CFQ7TTC0LFLX:0001:P1Y:P1M); Azure and
  // third-party products do not.
  const productId =
    program === 'csp'
      ? `${subscription.sku}:${duration(subscription.termMonths)}:${duration(billingMonths)}`
      : subscription.sku
  return {
    SubscriptionId: subscription.vendorSubscriptionId,
    Status: STATUS[subscription.status],
    ProgramReferenceLabel: tenantLabel,
    ProductId: productId,
    // Microsoft names trial offers "… Trial"; PRISM has no separate trial flag ([I]).
    ProductName: subscription.trial
      ? `${subscription.productName} Trial`
      : subscription.productName,
    Quantity: subscription.quantity,
    FirstPurchased: firstPurchased(subscription.startDate),
    DisplayTemplate: program === 'azure' ? 'Azure' : program === 'csp' ? 'Office' : 'Generic',
    Unit: program === 'azure' ? 'Usage' : 'Licenses',
    BillingCycle: subscription.billingCycle === 'annual' ? 'Annual' : 'Monthly',
    BillingCycleDuration: 1,
  }
}
export type RhipeSubscriptionBody = ReturnType<typeof renderRhipeSubscription>
