import type { World, WorldSubscription } from '../world/generate-world'
import { pax8Id } from './pax8-ids'

/** A subscription as `GET /v1/subscriptions` lists it (fixtures subscriptions-page0.json). */
export type Pax8SubscriptionBody = {
  id: string
  companyId: string
  productId: string
  productName: string
  vendorSubscriptionId: string
  vendorSkuId: string
  quantity: number
  startDate: string
  endDate?: string
  createdDate: string
  updatedDate: string
  billingStart: string
  status: string
  price: number
  partnerCost: number
  currencyCode: string
  billingTerm: string
  commitmentTerm?: { id: string; term: string; endDate: string }
}

/**
 * Pax8 has no suspended status [C: the ten-value enum], so a suspended world subscription shows as
 * Active; a cancelled trial shows as Converted (the paid follow-on is another record) [I]; pending
 * ones wait on Pax8's automation (PendingAutomated). Deleted subscriptions are not listed [I].
 */
function statusOf(s: WorldSubscription): string | undefined {
  if (s.status === 'deleted') return undefined
  if (s.status === 'cancelled') return s.trial ? 'Converted' : 'Cancelled'
  if (s.status === 'pending') return 'PendingAutomated'
  return s.trial ? 'Trial' : 'Active'
}

export function isListedPax8Subscription(s: WorldSubscription): boolean {
  return statusOf(s) !== undefined
}

/**
 * billingTerm carries the billing cycle and, for multi-year, the term [C: enum]; a monthly-billed
 * annual commitment is billingTerm Monthly with commitmentTerm "1-Year" [C: spec example].
 */
function termsOf(s: WorldSubscription): { billingTerm: string; commitment?: string } {
  if (s.trial && s.status !== 'cancelled') return { billingTerm: 'Trial' }
  if (s.termMonths === 36) return { billingTerm: '3-Year', commitment: '3-Year' }
  if (s.billingCycle === 'annual') return { billingTerm: 'Annual', commitment: '1-Year' }
  return s.termMonths === 12
    ? { billingTerm: 'Monthly', commitment: '1-Year' }
    : { billingTerm: 'Monthly' }
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
}

export function renderPax8Subscription(world: World, s: WorldSubscription): Pax8SubscriptionBody {
  const terms = termsOf(s)
  return {
    id: pax8Id(world.seed, 'subscription', s.seq),
    companyId: pax8Id(world.seed, 'company', s.customerSeq),
    productId: pax8Id(world.seed, 'product', s.sku),
    productName: s.productName,
    vendorSubscriptionId: s.vendorSubscriptionId,
    vendorSkuId: s.sku,
    quantity: s.quantity,
    startDate: `${s.startDate}T08:30:00Z`,
    ...(s.endDate ? { endDate: `${s.endDate}T23:59:59Z` } : {}),
    // createdDate is a bare date on some records and a date-time on others [C: fixtures].
    createdDate: dayBefore(s.startDate),
    updatedDate: `${s.startDate}T08:30:00Z`,
    billingStart: s.startDate,
    status: statusOf(s) ?? 'Cancelled',
    price: s.unitPrice,
    partnerCost: s.unitCost,
    currencyCode: s.currency,
    billingTerm: terms.billingTerm,
    ...(terms.commitment
      ? {
          commitmentTerm: {
            id: pax8Id(world.seed, 'commitment', s.seq),
            term: terms.commitment,
            endDate: `${s.commitmentEndDate}T23:59:59Z`,
          },
        }
      : {}),
  }
}
