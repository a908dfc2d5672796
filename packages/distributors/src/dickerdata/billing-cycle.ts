import type { BillingCycle } from '@seatkeeper/core'

/*
 * BillingFrequency is a confirmed field but only "Monthly" was ever seen [I]; the other spellings
 * are guesses. The ManufacturerStockCode term is a commitment, not a billing cycle (the fixture has
 * a P1Y term billed Monthly), so it is only a fallback when BillingFrequency says nothing.
 */
const FREQUENCIES: Record<string, BillingCycle> = {
  MONTHLY: 'monthly',
  MONTH: 'monthly',
  QUARTERLY: 'quarterly',
  ANNUAL: 'annual',
  ANNUALLY: 'annual',
  YEARLY: 'annual',
  BIENNIAL: 'biennial',
  TRIENNIAL: 'triennial',
  ONETIME: 'one-time',
  'ONE-TIME': 'one-time',
  'ONE TIME': 'one-time',
}

const FROM_TERM: Record<number, BillingCycle> = { 1: 'monthly', 12: 'annual', 36: 'triennial' }

/** The billing cycle from BillingFrequency, else from the commitment term in months. */
export function billingCycle(
  frequency: string | null | undefined,
  termMonths: number | undefined,
): BillingCycle | undefined {
  const text = frequency?.trim().toUpperCase()
  if (text) return FREQUENCIES[text] ?? 'other'
  return termMonths === undefined ? undefined : FROM_TERM[termMonths]
}
