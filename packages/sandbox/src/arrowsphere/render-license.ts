import type { World, WorldCustomer, WorldSubscription } from '../world/generate-world'
import {
  arrowSubscriptionId,
  customerReference,
  licenseLineId,
  licenseReference,
  orderReference,
  PARTNER_REFERENCE,
} from './arrowsphere-ids'
import { partnerCountry } from './render-customer'

// The world's statuses in ArrowSphere's licence codes (nodejs licenseEvent.ts). ArrowSphere has no
// "deleted" licence: one that left the account shows as 126 "transferred".
const STATUS: Record<WorldSubscription['status'], { code: number; label: string }> = {
  active: { code: 86, label: 'activation_ok' },
  suspended: { code: 87, label: 'suspended' },
  cancelled: { code: 89, label: 'cancelled' },
  deleted: { code: 126, label: 'transferred' },
  pending: { code: 62, label: 'pending' },
}

/** Hours on ArrowSphere's 30-day basis (nodejs licenses README "Term and periodicity"). */
const HOURS_PER_MONTH = 720

/** A world subscription as one result of POST /licenses/v2/find: `{ license, offer }`. */
export function renderLicense(
  subscription: WorldSubscription,
  customer: WorldCustomer | undefined,
  world: World,
) {
  const marketplace = customer?.address?.country ?? partnerCountry(world)
  const status = STATUS[subscription.status]
  const periodicity =
    subscription.billingCycle === 'annual' ? 12 * HOURS_PER_MONTH : HOURS_PER_MONTH
  const term = subscription.termMonths * HOURS_PER_MONTH
  const microsoft = !subscription.sku.startsWith('ACR-')
  const cloudType = subscription.productName === 'Azure plan' ? 'IaaS' : 'SaaS'
  const arrowSku = `${microsoft ? 'MSCSP' : 'ACRONIS'}_${subscription.sku.replace(':', '-')}_${marketplace}_${subscription.currency}_1_${periodicity}_${term}`
  const ended = subscription.status === 'cancelled' || subscription.status === 'deleted'
  const start = `${subscription.startDate}T00:00:00.000Z`
  return {
    license: {
      id: licenseLineId(subscription.seq),
      subscription_id: arrowSubscriptionId(subscription.seq),
      parent_line_id: null,
      parent_order_ref: null,
      vendor_name: microsoft ? 'Microsoft' : 'Acronis',
      vendor_code: microsoft ? 'Microsoft' : 'Acronis',
      subsidiary_name: 'Arrow ECS Australia',
      partner_ref: licenseReference(subscription.seq),
      status_code: status.code,
      status_label: status.label,
      service_ref: `${microsoft ? 'MS' : 'ACR'}-${subscription.sku.slice(0, 8)}`,
      sku: subscription.sku,
      offer_arrowsphere_sku: arrowSku,
      priceband_vendor_sku: subscription.sku,
      uom: 'LICENSE',
      price: {
        priceBandArrowsphereSku: arrowSku,
        buy_price: subscription.unitCost,
        sell_price: subscription.unitPrice,
        list_price: Math.round(subscription.unitPrice * 110) / 100,
        currency: subscription.currency,
      },
      cloud_type: cloudType,
      base_seat: subscription.quantity,
      // A cancelled licence keeps its base seats but no longer has any (fixture licences-find-page2).
      seat: subscription.status === 'cancelled' ? 0 : subscription.quantity,
      trial: subscription.trial,
      auto_renew: subscription.autoRenew,
      offer: subscription.productName,
      category: 'BaseProduct',
      type: 'recurring',
      start_date: start,
      end_date: subscription.endDate ? `${subscription.endDate}T23:59:59.000Z` : null,
      // Only a licence still running has a renewal ahead of it.
      next_renewal_date: ended ? null : `${subscription.commitmentEndDate}T00:00:00.000Z`,
      accept_eula: true,
      customer_ref: customerReference(subscription.customerSeq),
      customer_name: customer?.name ?? '',
      reseller_ref: PARTNER_REFERENCE,
      reseller_name: world.partnerName,
      marketplace,
      active_seats: {
        number: ended ? null : subscription.quantity,
        lastUpdate: ended ? null : start,
      },
      friendly_name: null,
      vendor_subscription_id: microsoft ? subscription.vendorSubscriptionId : null,
      order_ref: orderReference(subscription.seq),
      message: '',
      periodicity,
      term,
      isEnabled: subscription.status === 'active',
      lastUpdate: start,
      has_seat_difference: false,
    },
    offer: { name: subscription.productName, classification: cloudType, isEnabled: true },
  }
}
export type RenderedLicense = ReturnType<typeof renderLicense>
