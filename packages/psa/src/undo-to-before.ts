import type { ExternalBillingLine } from '@seatkeeper/core'
import type { BillingLineChange } from './adapter'

/**
 * The undo of a PSA that takes any quantity and billing state back (HaloPSA, ConnectWise PSA):
 * a change of the line as it is now to the values it had before, through the same calls.
 */
export function undoToBefore(
  after: ExternalBillingLine,
  before: ExternalBillingLine,
): BillingLineChange {
  return {
    line: after,
    ...(after.quantity !== before.quantity ? { quantity: before.quantity } : {}),
    ...(after.inactive !== before.inactive ? { inactive: before.inactive } : {}),
  }
}
