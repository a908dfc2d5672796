import type { WorldCustomer, WorldSubscription } from '../world/generate-world'
import { dickerTenantDescription, dickerTenantId } from './dickerdata-ids'

/** A GetSubscriptionDetails row, keys in the order of fixtures/.../subscriptiondetails.json. */
export type DickerSubscriptionRow = {
  AccountCode: string
  TenantId: string
  SubscriptionReference: string
  CompanyName: string
  TenantDescription: string | null
  StockCode: string
  ParentSubscriptionId: string | null
  SubscriptionId: string
  Status: string
  BillingFrequency: string
  LastBillingDate: string | null
  NextBillingDate: string | null
  ConfirmedQuantity: number
  Serials: null
  ExpiryDate: string
  StockDescription: string
  ManufacturerStockCode: string
}

// Only ACTIVE is confirmed; the other words are the inferred ones the adapter reads [I].
const STATUS: Record<WorldSubscription['status'], string> = {
  active: 'ACTIVE',
  suspended: 'SUSPENDED',
  cancelled: 'CANCELLED',
  deleted: 'DELETED',
  pending: 'PENDING',
}

const TERM: Record<WorldSubscription['termMonths'], { code: string; text: string; iso: string }> = {
  1: { code: '1M', text: '1MTH', iso: 'P1M' },
  12: { code: '1Y', text: '1YR', iso: 'P1Y' },
  36: { code: '3Y', text: '3YR', iso: 'P3Y' },
}

/** The world's "today" (generate-world's BASE_DATE): billing dates are worked out from it. */
const WORLD_TODAY = '2026-01-01'

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

/** Dicker Data writes dates as zoneless .NET date-times (fixture). */
const dateTime = (iso: string) => `${iso}T00:00:00`

/** CSP subscriptions exist only on a customer with a tenant. */
export function isListedSubscription(
  customer: WorldCustomer | undefined,
): customer is WorldCustomer {
  return customer !== undefined && dickerTenantId(customer) !== null
}

export function renderSubscription(
  subscription: WorldSubscription,
  customer: WorldCustomer,
  accountCode: string,
): DickerSubscriptionRow {
  const term = TERM[subscription.termMonths]
  const months = subscription.billingCycle === 'annual' ? 12 : 1
  let last = subscription.startDate
  while (addMonths(last, months) <= WORLD_TODAY) last = addMonths(last, months)
  const live = subscription.status === 'active' || subscription.status === 'suspended'
  const monthlyBillOfLongerTerm = months === 1 && subscription.termMonths > 1
  const description = [
    'MS NCE',
    subscription.productName.toUpperCase(),
    subscription.trial ? 'TRIAL' : undefined,
    `${term.text} COMMIT`,
    monthlyBillOfLongerTerm ? 'MONTHLY BILL' : undefined,
  ]
    .filter(Boolean)
    .join(' ')
  return {
    AccountCode: accountCode,
    TenantId: dickerTenantId(customer) as string,
    SubscriptionReference: subscription.productName,
    CompanyName: customer.name,
    TenantDescription: dickerTenantDescription(customer),
    StockCode: `MSNCE-${subscription.sku.replace(/[^A-Z0-9]/gi, '')}-${term.code}${months === 12 ? '1Y' : '1M'}`,
    ParentSubscriptionId: null,
    SubscriptionId: subscription.vendorSubscriptionId,
    Status: STATUS[subscription.status],
    BillingFrequency: months === 12 ? 'Annual' : 'Monthly',
    LastBillingDate: last <= WORLD_TODAY ? dateTime(last) : null,
    NextBillingDate: live ? dateTime(addMonths(last, months)) : null,
    // A cancelled or deleted subscription has no confirmed seats left (fixture: CANCELLED → 0).
    ConfirmedQuantity:
      subscription.status === 'cancelled' || subscription.status === 'deleted'
        ? 0
        : subscription.quantity,
    Serials: null,
    ExpiryDate: dateTime(subscription.commitmentEndDate),
    StockDescription: description,
    ManufacturerStockCode: `${term.iso}:${subscription.sku}:1:`,
  }
}
