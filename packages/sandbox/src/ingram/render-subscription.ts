import type { World, WorldSubscription } from '../world/generate-world'

/** A `GET /subscriptions` list item (fixtures subscriptions.json) [C]. */
export type IngramSubscriptionBody = {
  id: string
  customerId: string
  status: 'pending' | 'active' | 'hold' | 'terminated' | 'removed'
  renewalStatus: boolean
  creationDate: string
  renewalDate: string
  lastModifiedDate: string
}

type Price = { value: number; currency: string }

/** `GET /subscriptions/{id}` (fixtures subscription-details.json): SubscriptionDetails [C: hex]. */
export type IngramSubscriptionDetailsBody = IngramSubscriptionBody & {
  name: string
  products: Array<{
    mpn: string
    name: string
    quantity: number
    unitPrice: Price
    extendedPrice: Price
  }>
  totalPrice: Price
}

const STATUS = {
  active: 'active',
  pending: 'pending',
  suspended: 'hold',
  cancelled: 'terminated',
  deleted: 'removed',
} as const

export const ingramSubscriptionId = (s: { seq: number }) => String(2_000_000 + s.seq)

export function renderIngramSubscription(
  _world: World,
  s: WorldSubscription,
  customerId: string,
): IngramSubscriptionBody {
  return {
    id: ingramSubscriptionId(s),
    customerId,
    status: STATUS[s.status],
    renewalStatus: s.autoRenew,
    creationDate: s.startDate,
    renewalDate: s.commitmentEndDate,
    lastModifiedDate: s.startDate,
  }
}

export function renderIngramSubscriptionDetails(
  world: World,
  s: WorldSubscription,
  customerId: string,
): IngramSubscriptionDetailsBody {
  const name = s.trial ? `${s.productName} Trial` : s.productName
  const cents = (n: number) => Math.round(n * 100) / 100
  return {
    ...renderIngramSubscription(world, s, customerId),
    name,
    products: [
      {
        mpn: s.sku,
        name,
        quantity: s.quantity,
        unitPrice: { value: s.unitPrice, currency: s.currency },
        extendedPrice: { value: cents(s.unitPrice * s.quantity), currency: s.currency },
      },
    ],
    totalPrice: { value: cents(s.unitPrice * s.quantity), currency: s.currency },
  }
}
