import { addDays, addMonths } from '@seatkeeper/core'
import type { WorldCustomer, WorldSubscription } from './generate-world'
import { createRandom } from './random'
import { billableSubscriptions, seatsAboveBilledFits } from './world-billing-lines'

/** The world's "today" unless a caller gives one: generate-world's BASE_DATE. */
export const WORLD_TODAY = '2026-01-01'

/** How far ahead the Renewals page looks (issue 19), and the share of annual terms renewing in it. */
const HORIZON_DAYS = 90
const RENEWING_SHARE = 0.25

/**
 * Dates the commitment calendar acts on, relative to `today`, planted into the world's live
 * subscriptions (of active customers) in place: about a quarter of the annual terms renew in the
 * next 90 days with auto-renew on (among them those the billing bills short); two purchases and one renewal are inside their 7-day
 * cancellation window; every live trial converts within 30 days. Drawn from a stream of its
 * own, so every other field of the world is what it was: the same for the same seed and day.
 */
export function plantCommitments(
  subscriptions: WorldSubscription[],
  customers: readonly WorldCustomer[],
  today: string,
  seed: number,
): void {
  const random = createRandom((seed * 7919 + 104_729) >>> 0)
  const active = new Set(customers.filter((c) => c.status === 'active').map((c) => c.seq))
  const live = subscriptions.filter(
    (s) => s.status === 'active' && s.quantity > 0 && active.has(s.customerSeq),
  )
  const redate = (s: WorldSubscription, start: string, end: string) => {
    s.startDate = start
    s.commitmentEndDate = end
    if (s.endDate !== undefined) s.endDate = end
  }
  const planted = new Set<WorldSubscription>()

  for (const s of live.filter((s) => s.trial)) {
    // New-commerce trials last 30 days (billing-apis.md §5): started 3–25 days ago.
    const start = addDays(today, -random.int(3, 25))
    redate(s, start, addDays(start, 30))
    s.autoRenew = true
    planted.add(s)
  }

  // The subscriptions the billing bills short (the annual left unbilled, the seats added and not
  // billed: world-billing-lines.ts) renew in the horizon too: renewals with seats above billed.
  const billable = billableSubscriptions({ customers, subscriptions })
  const short = new Set(
    [seatsAboveBilledFits.unbilledAnnual, seatsAboveBilledFits.seatsAdded].flatMap((fits) => {
      const found = billable.find((s) => fits(s) && s.termMonths === 12)
      return found ? [found] : []
    }),
  )
  const paid = live.filter((s) => !s.trial)
  for (const s of paid.filter((s) => s.termMonths === 12)) {
    if (!short.has(s) && !random.chance(RENEWING_SHARE)) continue
    const renews = addDays(today, random.int(3, HORIZON_DAYS - 2))
    redate(s, addMonths(renews, -12), renews)
    s.autoRenew = true
    planted.add(s)
  }

  // Inside the 7-day window: two purchases 0–4 days ago, and an annual renewed 1–4 days ago.
  const rest = paid.filter((s) => !planted.has(s))
  const take = () => rest.splice(random.int(0, rest.length - 1), 1)[0]
  for (let i = 0; i < 2 && rest.length > 0; i++) {
    const s = take() as WorldSubscription
    const start = addDays(today, -random.int(0, 4))
    redate(s, start, addMonths(start, s.termMonths))
  }
  const annual = rest.filter((s) => s.termMonths === 12)
  const renewed = annual[random.int(0, annual.length - 1)]
  if (renewed) {
    const renewal = addDays(today, -random.int(1, 4))
    redate(renewed, addMonths(renewal, -12), addMonths(renewal, 12))
    renewed.autoRenew = true
  }
}
