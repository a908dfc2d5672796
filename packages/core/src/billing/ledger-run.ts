import type { Operation } from '../operations/operation'

/** One run of the ledger as pro-rata and the renewals calendar read it: when it finished and what it changed. */
export type LedgerRun = {
  run: { id: string; finishedAt: string }
  operations: readonly Operation[]
}

/** The quantity change an operation makes to a subscription, if any (a new one counts all its seats). */
export function quantityChange(
  operation: Operation,
): { id: string; delta: number; after: number } | undefined {
  if (operation.op === 'createSubscription')
    return operation.after.quantity > 0
      ? { id: operation.after.id, delta: operation.after.quantity, after: operation.after.quantity }
      : undefined
  if (operation.op !== 'updateSubscription' && operation.op !== 'zeroSubscription') return undefined
  const { before, after } = operation
  if (typeof before.quantity !== 'number' || typeof after.quantity !== 'number') return undefined
  const delta = after.quantity - before.quantity
  return delta === 0 ? undefined : { id: operation.subscriptionId, delta, after: after.quantity }
}

/** How far back seat rises matter to the renewals calendar: an addition's own 7-day window, and a day's margin. */
export const SEAT_RISE_DAYS = 8

/**
 * The runs with only their seat rises, each as the quantity change alone (`updateSubscription`
 * from the seats before to the seats after; new subscriptions are purchases, not rises): what the renewals calendar
 * reads of the ledger for mid-term additions, a few bytes an operation instead of a whole record.
 */
export function seatRises(runs: readonly LedgerRun[]): LedgerRun[] {
  return runs.flatMap(({ run, operations }) => {
    const rises: Operation[] = []
    for (const op of operations) {
      // A new subscription is a purchase (its window runs from its start date), not an addition.
      if (op.op === 'createSubscription') continue
      const change = quantityChange(op)
      if (!change || change.delta <= 0) continue
      rises.push({
        op: 'updateSubscription',
        subscriptionId: change.id,
        before: { quantity: change.after - change.delta },
        after: { quantity: change.after },
      } as Operation)
    }
    return rises.length === 0 ? [] : [{ run, operations: rises }]
  })
}
