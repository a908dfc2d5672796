import type { Subscription } from '../model/register'

/** "ArrowSphere's Microsoft 365 Business Premium". */
export const named = (s: Subscription) => `${s.distributor}'s ${s.name}`

/** "1 seat", "3 seats". */
export const seats = (n: number) => `${n} seat${n === 1 ? '' : 's'}`

/** How a finding's words write an amount of money in a currency. */
export type MoneyWords = (amount: number, currency: string) => string

/** "12.50 AUD": the words' money unless reconcile is given the UI's formatter (ReconcileWords). */
export const money: MoneyWords = (amount, currency) => `${amount.toFixed(2)} ${currency}`

/** How words write a YYYY-MM-DD day ("Dec 20, 2026" in the UI, "20 December 2026" in the digest). */
export type DateWords = (day: string) => string

/** The day as given ("2026-12-20"): the words' dates unless they are given the UI's or digest's formatter. */
export const isoDay: DateWords = (day) => day

/** Why a linked subscription is not counted, in words. */
export function notCountedWhy(s: Subscription): string {
  if (s.notBillable) return `${named(s)} is marked not billable`
  if (s.trial) return `${named(s)} is a trial`
  if (!s.active || s.status === 'deleted') return `${named(s)} is deleted at the distributor`
  if (s.status === 'cancelled') return `${named(s)} is cancelled`
  if (s.status === 'pending') return `${named(s)} is still pending`
  return `${named(s)} has no seats`
}

/** `reasons` followed by the reduction window of each of `subs` that is inside one. */
export function withWindows(
  reasons: string[],
  subs: readonly Subscription[],
  window: (s: Subscription) => string | undefined,
): string[] {
  for (const s of subs) {
    const reason = window(s)
    if (reason) reasons.push(reason)
  }
  return reasons
}
