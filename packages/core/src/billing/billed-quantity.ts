import type { BillingLine } from '../model/billing'

/** The seats a line should bill: its counted linked seats less the free ones, at least its minimum. */
export function billableQuantity(line: BillingLine, seats: number): number {
  return Math.max(line.minimumQuantity ?? 0, seats - (line.freeQuantity ?? 0))
}

/**
 * True when a line bills whatever its linked subscriptions should (billableQuantity), as each
 * invoice is made: a `linked` line kept in Seatkeeper (entered, imported from a CSV, or made by
 * approving a "not billed" finding). A PSA's licence-linked line bills the PSA's licence count,
 * which Seatkeeper holds as the line's quantity and which lags the distributor until written back
 * (Halo evaluates it "when the invoice is created" from the licence, [H6]–[H8]): it is compared
 * like a fixed line.
 */
export function followsLinkedSeats(line: BillingLine): boolean {
  return line.quantityRule === 'linked' && line.source.kind !== 'psa'
}

/**
 * What a line bills, given its counted linked seats: the billable quantity for a line that
 * follows them, else its quantity.
 */
export function billedQuantity(line: BillingLine, seats: number): number {
  return followsLinkedSeats(line) ? billableQuantity(line, seats) : line.quantity
}
