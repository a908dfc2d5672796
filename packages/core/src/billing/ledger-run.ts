import type { Operation } from '../operations/operation'

/** One run of the ledger as pro-rata and the renewals calendar read it: when it finished and what it changed. */
export type LedgerRun = {
  run: { id: string; finishedAt: string }
  operations: readonly Operation[]
}

/** The quantity change an operation makes to a subscription, if any (a new one counts all its seats). */
export function quantityChange(operation: Operation): { id: string; delta: number } | undefined {
  if (operation.op === 'createSubscription')
    return operation.after.quantity > 0
      ? { id: operation.after.id, delta: operation.after.quantity }
      : undefined
  if (operation.op !== 'updateSubscription' && operation.op !== 'zeroSubscription') return undefined
  const { before, after } = operation
  if (typeof before.quantity !== 'number' || typeof after.quantity !== 'number') return undefined
  const delta = after.quantity - before.quantity
  return delta === 0 ? undefined : { id: operation.subscriptionId, delta }
}

/** How far back seat rises matter to the renewals calendar: an addition's own 7-day window, and a day's margin. */
export const SEAT_RISE_DAYS = 8

/**
 * The runs with only their seat rises (the operations whose quantity change is positive), for the
 * renewals calendar's mid-term additions: what the browser needs of the ledger, not all of it.
 */
export function seatRises(runs: readonly LedgerRun[]): LedgerRun[] {
  return runs.flatMap(({ run, operations }) => {
    const rises = operations.filter((op) => (quantityChange(op)?.delta ?? 0) > 0)
    return rises.length === 0 ? [] : [{ run, operations: rises }]
  })
}
