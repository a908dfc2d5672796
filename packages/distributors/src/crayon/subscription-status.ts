import type { SubscriptionStatus } from '@seatkeeper/core'

/**
 * Crayon's subscription status is a bit-flag int [C] (sources in docs/distributors.md):
 * Active 1, Suspended 2, Deleted 4, CustomerCancellation 8, Converted 16, Expired 32, Pending 64,
 * Cancelled 128, Disabled 256. Every flag is named, in this order.
 */
export const CRAYON_STATUS_FLAGS = [
  ['Active', 1],
  ['Suspended', 2],
  ['Deleted', 4],
  ['CustomerCancellation', 8],
  ['Converted', 16],
  ['Expired', 32],
  ['Pending', 64],
  ['Cancelled', 128],
  ['Disabled', 256],
] as const

const KNOWN_BITS = CRAYON_STATUS_FLAGS.reduce((all, [, bit]) => all | bit, 0)

export type CrayonStatusReading =
  { ok: true; status: SubscriptionStatus; flags: string[] } | { ok: false; reason: string }

/**
 * The flags set in a status, read into one core status. When several are set, the most final wins
 * [I: which combinations occur is not documented]: Deleted; then the ways a subscription ends
 * (Cancelled, CustomerCancellation, Expired, and Converted — a trial converted into a paid
 * subscription, which ends the trial [I]); then Suspended or Disabled; then Pending; then Active.
 * A bit outside the documented nine, or no bit at all, is not guessed at: it is a reason to leave
 * the record out, named to the user.
 */
export function readCrayonStatus(value: number): CrayonStatusReading {
  if (!Number.isSafeInteger(value) || value < 0) {
    return { ok: false, reason: `its status ${value} is not a set of Crayon status flags` }
  }
  // Arithmetic, not `&`, so a value above 2^31 is not folded into 32 bits.
  const known = value % (KNOWN_BITS + 1)
  if (value !== known) {
    return {
      ok: false,
      reason: `its status ${value} has flag value(s) Crayon does not document (${value - known} beyond the nine known flags)`,
    }
  }
  const flags: string[] = CRAYON_STATUS_FLAGS.filter(([, bit]) => (known & bit) !== 0).map(
    ([name]) => name,
  )
  const has = (name: string) => flags.includes(name)
  if (flags.length === 0)
    return { ok: false, reason: 'its status is 0, which names no Crayon status' }
  const status: SubscriptionStatus = has('Deleted')
    ? 'deleted'
    : has('Cancelled') || has('CustomerCancellation') || has('Expired') || has('Converted')
      ? 'cancelled'
      : has('Suspended') || has('Disabled')
        ? 'suspended'
        : has('Pending')
          ? 'pending'
          : 'active'
  return { ok: true, status, flags }
}
