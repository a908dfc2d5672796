import type { ExternalSubscription } from '@seatkeeper/core'
import { calendarDay } from '../calendar-day'
import { billingCycleFromHours, termMonthsFromHours } from './hours'
import { licenseStatus } from './license-status'
import type { ArrowLicense } from './schemas'

/** A licence whose seat count was given; one without it cannot be normalised. */
export type SeatedLicense = ArrowLicense & { seat: number }

export function hasSeats(license: ArrowLicense): license is SeatedLicense {
  return typeof license.seat === 'number'
}

/** Turns an ArrowSphere licence (a find result) into the core model's ExternalSubscription. */
export function normaliseSubscription(license: SeatedLicense): ExternalSubscription {
  const billingCycle = billingCycleFromHours(license.periodicity)
  const termMonths = termMonthsFromHours(license.term)
  const startDate = calendarDay(license.start_date)
  const endDate = calendarDay(license.end_date)
  // The next renewal is where the current commitment term ends. [I]
  const contractEndDate = calendarDay(license.next_renewal_date)
  const price = license.price
  const currency = price?.currency?.trim().toUpperCase()
  const sku = license.sku?.trim()
  return {
    externalId: license.partner_ref,
    customerExternalId: license.customer_ref,
    // The offer is the product ("Microsoft 365 E3"); friendly_name is an optional label a partner
    // typed, so it only stands in when the offer name is missing.
    name: firstText(license.offer, license.friendly_name, license.sku) ?? license.partner_ref,
    ...(sku ? { sku } : {}),
    status: licenseStatus(license.status_code, license.isEnabled),
    ...(typeof license.trial === 'boolean' ? { trial: license.trial } : {}),
    quantity: license.seat,
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    ...(contractEndDate ? { contractEndDate } : {}),
    ...(billingCycle ? { billingCycle } : {}),
    ...(termMonths !== undefined ? { termMonths } : {}),
    ...(typeof license.auto_renew === 'boolean' ? { autoRenew: license.auto_renew } : {}),
    // Prices are per unit: buy_price is what Arrow charges the partner, sell_price what the
    // partner charges its customer (nodejs PriceFindResult).
    ...(typeof price?.sell_price === 'number' ? { unitPrice: price.sell_price } : {}),
    ...(typeof price?.buy_price === 'number' ? { unitCost: price.buy_price } : {}),
    ...(currency && /^[A-Z]{3}$/.test(currency) ? { currency } : {}),
  }
}

function firstText(...values: Array<string | null | undefined>): string | undefined {
  for (const value of values) {
    const trimmed = value?.trim()
    if (trimmed) return trimmed
  }
  return undefined
}
