import type { World, WorldSubscription } from '../world/generate-world'
import { tdsynnexCustomerId } from './render-customer'

/** An item of the bulk `GET …/subscriptions` (fixtures subscriptions.json). */
export type TdsynnexSubscriptionBody = {
  subscriptionId: string
  customerId: string
  customerName: string
  subscriptionName: string
  subscriptionStatus: 'active' | 'suspended' | 'cancelled' | 'pending'
  subscriptionTotalLicenses: number
  subscriptionBillingTerm: 'P1M' | 'P1Y' | 'P3Y'
  subscriptionStartDate: string
  subscriptionEndDate: string
  ccpProductId: string
  cost: number
  price: number
  currency: string
  autoRenew: boolean
}

const TERM = { 1: 'P1M', 12: 'P1Y', 36: 'P3Y' } as const

/** Deleted subscriptions are no longer listed [I]; cancelled ones are, with their status (fixtures). */
export function isListedSubscription(subscription: WorldSubscription): boolean {
  return subscription.status !== 'deleted'
}

export function renderTdsynnexSubscription(
  world: World,
  s: WorldSubscription,
  customerName: string,
): TdsynnexSubscriptionBody {
  const status = s.status === 'deleted' ? 'cancelled' : s.status
  return {
    subscriptionId: `s-${s.seq}`,
    customerId: tdsynnexCustomerId(s.customerSeq),
    customerName,
    subscriptionName: s.trial ? `${s.productName} Trial` : s.productName,
    subscriptionStatus: status,
    // Cancelled subscriptions list 0 licences (fixtures subscriptions.json).
    subscriptionTotalLicenses: status === 'cancelled' ? 0 : s.quantity,
    subscriptionBillingTerm: TERM[s.termMonths],
    subscriptionStartDate: `${s.startDate}T00:00:00Z`,
    subscriptionEndDate: `${s.commitmentEndDate}T00:00:00Z`,
    ccpProductId: s.sku,
    cost: s.unitCost,
    price: s.unitPrice,
    currency: s.currency || world.currency,
    autoRenew: s.autoRenew,
  }
}
