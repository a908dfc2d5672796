import type { BillingCycle } from '@seatkeeper/core'

// ArrowSphere writes periodicity and term in hours on a 24h / 30-day / 360-day basis:
// 0 = none or one-time, 24 = daily, 720 = monthly, 2160 = quarterly, 8640 = yearly
// (nodejs src/licenses/README.md "Term and periodicity").
const HOURS_PER_MONTH = 720

const CYCLE_BY_HOURS: ReadonlyMap<number, BillingCycle> = new Map([
  [0, 'one-time'],
  [720, 'monthly'],
  [2160, 'quarterly'],
  [8640, 'annual'],
  [17280, 'biennial'],
  [25920, 'triennial'],
])

/** The billing cycle a licence's `periodicity` (hours) stands for; other spans (daily…) are 'other'. */
export function billingCycleFromHours(hours: number | null | undefined): BillingCycle | undefined {
  if (hours === null || hours === undefined) return undefined
  return CYCLE_BY_HOURS.get(hours) ?? 'other'
}

/** Whole months of commitment in a licence's `term` (hours); none for 0 or an odd span. */
export function termMonthsFromHours(hours: number | null | undefined): number | undefined {
  if (!hours || hours <= 0 || hours % HOURS_PER_MONTH !== 0) return undefined
  return hours / HOURS_PER_MONTH
}
