import type { World, WorldSubscription } from '../world/generate-world'
import { crayonTenantId } from './render-crayon-tenant'

/** A subscription as `GET /api/v1/subscriptions/` lists it (fixtures subscriptions.json). */
export type CrayonSubscriptionBody = {
  id: number
  publisherSubscriptionId: string
  customerTenant: { id: number }
  product: { id: number; partNumber: string; itemName: string }
  quantity: number
  name: string
  status: number
  isTrial: boolean
  billingCycle: 1 | 2
  creationDate: string
  startDate: string
  endDate: string
  termDuration: 'P1M' | 'P1Y' | 'P3Y'
  autoRenewEnabled: boolean
  priceType: number
  salesPrice: number
  markup: number
  partNumber: string
}

/** The status bit flags [C]: Active 1, Suspended 2, Deleted 4, CustomerCancellation 8, Pending 64, Cancelled 128. */
const FLAGS = { active: 1, suspended: 2, deleted: 4, pending: 64, cancelled: 128 } as const
const TERM = { 1: 'P1M', 12: 'P1Y', 36: 'P3Y' } as const

/** Ids are integers [C]; subscriptions numbered from 9000 as in the fixture. */
export const crayonSubscriptionId = (seq: number) => 9_000 + seq

/** The status int: some cancellations are the customer's own (CustomerCancellation | Cancelled). */
function statusFlags(s: WorldSubscription): number {
  if (s.status === 'cancelled' && s.seq % 3 === 0) return 8 | FLAGS.cancelled
  return FLAGS[s.status]
}

export function renderCrayonSubscription(
  _world: World,
  s: WorldSubscription,
): CrayonSubscriptionBody {
  return {
    id: crayonSubscriptionId(s.seq),
    publisherSubscriptionId: s.vendorSubscriptionId,
    customerTenant: { id: crayonTenantId(s.customerSeq) },
    product: { id: 100 + (s.seq % 50), partNumber: s.sku, itemName: s.productName },
    quantity: s.quantity,
    // The MSP's nickname for it; Cloud-iQ shows it beside the product name.
    name: s.productName
      .split(' ')
      .map((word) => word[0])
      .join(''),
    status: statusFlags(s),
    isTrial: s.trial,
    billingCycle: s.billingCycle === 'annual' ? 2 : 1,
    creationDate: `${s.startDate}T00:00:00+00:00`,
    startDate: `${s.startDate}T00:00:00`,
    endDate: `${s.commitmentEndDate}T00:00:00`,
    termDuration: TERM[s.termMonths],
    autoRenewEnabled: s.autoRenew,
    priceType: 1,
    salesPrice: s.unitPrice,
    markup: 0,
    partNumber: s.sku,
  }
}
