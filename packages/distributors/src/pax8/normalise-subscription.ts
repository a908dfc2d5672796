import type { BillingCycle, ExternalSubscription, SubscriptionStatus } from '@seatkeeper/core'
import { calendarDay } from '../calendar-day'
import { PAX8_LABEL } from './calls'
import type { Normalised } from './normalise-customer'
import type { Pax8Subscription } from './schemas'

/**
 * Pax8's ten subscription statuses [C: partner spec]. What each means for the register is [I]:
 * PendingCancel is still in service until its endDate; Trial is a live trial; Converted is a
 * trial that became a paid subscription, which Pax8 lists as a new record, so the trial is over;
 * Activated is a one-off activation that has been done.
 */
const STATUSES: Record<string, { status: SubscriptionStatus; trial?: true }> = {
  active: { status: 'active' },
  cancelled: { status: 'cancelled' },
  pendingmanual: { status: 'pending' },
  pendingautomated: { status: 'pending' },
  pendingcancel: { status: 'active' },
  waitingfordetails: { status: 'pending' },
  trial: { status: 'active', trial: true },
  converted: { status: 'cancelled', trial: true },
  pendingactivation: { status: 'pending' },
  activated: { status: 'active' },
}

/** billingTerm: Monthly, Annual, 2-Year, 3-Year, One-Time, Trial, Activation [C]. */
const TERMS: Record<string, { billingCycle?: BillingCycle; termMonths?: number; trial?: true }> = {
  monthly: { billingCycle: 'monthly', termMonths: 1 },
  annual: { billingCycle: 'annual', termMonths: 12 },
  // Multi-year terms are billed for the whole term [I]; the commitment is certain either way.
  '2-year': { billingCycle: 'biennial', termMonths: 24 },
  '3-year': { billingCycle: 'triennial', termMonths: 36 },
  'one-time': { billingCycle: 'one-time' },
  activation: { billingCycle: 'one-time' },
  trial: { trial: true },
}

/** commitmentTerm.term as the spec example writes it ("1-Year") [C]; "N-Month" is tolerated [I]. */
function commitmentMonths(term: string | null | undefined): number | undefined {
  const match = /^(\d+)[- ]?(year|month)s?$/i.exec(term?.trim() ?? '')
  if (!match) return undefined
  const n = Number(match[1])
  return match[2]?.toLowerCase() === 'year' ? n * 12 : n
}

/**
 * One Pax8 subscription in the core model, or a named problem: a missing seat count or a status
 * Pax8 does not document would otherwise be written to the register as a guessed fact.
 */
export function normalisePax8Subscription(s: Pax8Subscription): Normalised<ExternalSubscription> {
  const label = `${PAX8_LABEL} listed subscription ${s.id} ("${s.productName ?? ''}") of company ${s.companyId}`
  const known = STATUSES[s.status?.trim().toLowerCase() ?? '']
  if (!known) {
    const given = s.status == null ? 'missing' : `"${s.status}"`
    return {
      ok: false,
      problem: `${label} with status ${given}, which Seatkeeper does not know; it was left out.`,
    }
  }
  if (typeof s.quantity !== 'number' || !Number.isInteger(s.quantity) || s.quantity < 0) {
    return {
      ok: false,
      problem: `${label} without a whole seat count (quantity ${s.quantity === null ? 'null' : s.quantity === undefined ? 'missing' : s.quantity}); it was left out.`,
    }
  }
  const billingTerm = s.billingTerm?.trim().toLowerCase()
  // A billing term Pax8 adds later is kept as "other" rather than failing the record [I].
  const term = billingTerm ? (TERMS[billingTerm] ?? { billingCycle: 'other' as const }) : {}
  const termMonths = commitmentMonths(s.commitmentTerm?.term) ?? term.termMonths
  const startDate = calendarDay(s.startDate)
  const endDate = calendarDay(s.endDate)
  const contractEndDate = calendarDay(s.commitmentTerm?.endDate)
  const currency = s.currencyCode?.trim().toUpperCase()
  const sku = s.vendorSkuId?.trim()
  return {
    ok: true,
    value: {
      externalId: s.id,
      customerExternalId: s.companyId,
      name: s.productName?.trim() || sku || s.id,
      ...(sku ? { sku } : {}),
      status: known.status,
      trial: Boolean(known.trial || term.trial),
      quantity: s.quantity,
      ...(startDate ? { startDate } : {}),
      ...(endDate ? { endDate } : {}),
      ...(contractEndDate ? { contractEndDate } : {}),
      ...(term.billingCycle ? { billingCycle: term.billingCycle } : {}),
      ...(termMonths !== undefined ? { termMonths } : {}),
      // `price` is the partner's price to the company and `partnerCost` what Pax8 charges, per unit [C].
      ...(typeof s.price === 'number' ? { unitPrice: s.price } : {}),
      ...(typeof s.partnerCost === 'number' ? { unitCost: s.partnerCost } : {}),
      ...(currency && /^[A-Z]{3}$/.test(currency) ? { currency } : {}),
    },
  }
}
