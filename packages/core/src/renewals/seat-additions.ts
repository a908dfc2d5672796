import { quantityChange, type LedgerRun } from '../billing/ledger-run'
import { addDays } from '../support/utc-days'
import { WINDOW_DAYS } from './cancellation-window'

/** Seats a subscription gained mid-term, as the run ledger recorded the rise. */
export type SeatAddition = { subscriptionId: string; runId: string; date: string; seats: number }

/**
 * The seat rises the ledger recorded whose own 7-day window may still be open on `today`, newest
 * first per subscription. The register holds only today's quantity; when it rose is the ledger's
 * (the run's `finishedAt` day, as pro-rata reads it). That is the day Seatkeeper saw the rise: the
 * distributor may have added the seats up to one sync earlier [I]. A new subscription is a purchase
 * (its start date is the register's), not an addition, so only updates count here.
 */
export function seatAdditions(
  runs: readonly LedgerRun[],
  today: string,
): Map<string, SeatAddition[]> {
  const earliest = addDays(today, -WINDOW_DAYS)
  const bySubscription = new Map<string, SeatAddition[]>()
  for (const { run, operations } of runs) {
    const date = run.finishedAt.slice(0, 10)
    if (date <= earliest || date > today) continue
    for (const operation of operations) {
      if (operation.op === 'createSubscription') continue
      const change = quantityChange(operation)
      if (!change || change.delta <= 0) continue
      const list = bySubscription.get(change.id) ?? []
      list.push({ subscriptionId: change.id, runId: run.id, date, seats: change.delta })
      bySubscription.set(change.id, list)
    }
  }
  for (const list of bySubscription.values())
    list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  return bySubscription
}
