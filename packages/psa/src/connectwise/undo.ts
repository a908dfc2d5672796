import type { ExternalBillingLine } from '@seatkeeper/core'
import type { BillingLineChange } from '../adapter'
import { undoToBefore } from '../undo-to-before'
import { todayUtc } from './list'

/**
 * The undo of a ConnectWise change. A change on a prorated agreement replaced the addition (the
 * old one cancelled the day before, a new one from the change day, billing-writes.ts): while the
 * new addition has not started billing (undo on or before its effective day), the undo cancels it
 * before it starts and bills the old one again, as if nothing had happened. Later, the days
 * already billed at the new quantity stand, so the undo is a further prorated change back to the
 * old quantity from today (ConnectWise prorates both; its history keeps every addition).
 */
export function cwUndoOf(
  after: ExternalBillingLine,
  before: ExternalBillingLine,
  today = todayUtc(),
): BillingLineChange {
  const replaced = after.externalId !== before.externalId
  if (replaced && after.startDate !== undefined && today <= after.startDate) {
    return { line: after, reinstate: before }
  }
  return undoToBefore(after, before)
}
