import type { World, WorldSubscription } from '../world/generate-world'
import { sherwebGuid } from './sherweb-guid'

/** A subscription as `GET /service-provider/v1/billing/subscriptions` lists it (subscriptions-customer-a.json). */
export type SherwebSubscriptionBody = {
  id: string
  productName: string
  description: string
  sku: string
  quantity: number
  billingCycle: 'monthly' | 'yearly'
  purchaseDate: string
  fees: { recurringFee: number; setupFee: number; currency: string } | null
  commitmentTerm: {
    type: 'Monthly' | 'Annual' | 'Triennial'
    termEndDate: string
    renewalConfiguration: { renewalDate: string; scheduledQuantity: number | null } | null
    committedMinimalQuantities: Array<{ committedUntil: string; quantity: number }> | null
  } | null
}

const TERM_TYPE = { 1: 'Monthly', 12: 'Annual', 36: 'Triennial' } as const
const TERM_CODE = { 1: 'P1M', 12: 'P1Y', 36: 'P3Y' } as const
/** fees.currency is an enum: Undefined, Cad, Usd, Eur, Gbp [C]. Anything else renders as Undefined. */
const CURRENCIES: Record<string, string> = { CAD: 'Cad', USD: 'Usd', EUR: 'Eur', GBP: 'Gbp' }

/**
 * Sherweb has no subscription status [C]: cancelled and deleted subscriptions drop out of the list
 * (fixtures README). Suspended, pending and trial ones are still listed, with nothing to tell them apart.
 */
export function isListedSubscription(subscription: WorldSubscription): boolean {
  return subscription.status !== 'cancelled' && subscription.status !== 'deleted'
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

export function renderSherwebSubscription(
  world: World,
  s: WorldSubscription,
): SherwebSubscriptionBody {
  // Microsoft trial offers are named "... Trial" (there is no trial flag).
  const productName = s.trial ? `${s.productName} Trial` : s.productName
  // NCE SKUs carry term and billing frequency: "CFQ7TTC0LCHC:0002:P1Y:P1M".
  const nce = /^[A-Z0-9]{12}:\d{4}$/.test(s.sku)
  const billing = s.billingCycle === 'annual' ? 'P1Y' : 'P1M'
  // Usage-billed products (Azure plan) have no catalog price and no commitment.
  const usage = s.unitPrice === 0
  const sku = nce && !usage ? `${s.sku}:${TERM_CODE[s.termMonths]}:${billing}` : s.sku
  const seconds = (s.seq * 7919) % 86_400
  const time = new Date(seconds * 1000).toISOString().slice(11, 19)
  const termText = usage
    ? 'usage based'
    : `${TERM_TYPE[s.termMonths]} commitment, ${s.billingCycle} billing`
  return {
    id: sherwebGuid(world.seed, 'subscription', s.seq),
    productName,
    description: `${productName} - ${termText}`,
    sku,
    quantity: s.quantity,
    billingCycle: s.billingCycle === 'annual' ? 'yearly' : 'monthly',
    purchaseDate: `${s.startDate}T${time}.0000000Z`,
    fees: usage
      ? null
      : { recurringFee: s.unitPrice, setupFee: 0, currency: CURRENCIES[s.currency] ?? 'Undefined' },
    commitmentTerm: usage
      ? null
      : {
          type: TERM_TYPE[s.termMonths],
          termEndDate: s.commitmentEndDate,
          renewalConfiguration: s.autoRenew
            ? { renewalDate: nextDay(s.commitmentEndDate), scheduledQuantity: null }
            : null,
          committedMinimalQuantities:
            s.termMonths > 1
              ? [{ committedUntil: s.commitmentEndDate, quantity: s.quantity }]
              : null,
        },
  }
}
