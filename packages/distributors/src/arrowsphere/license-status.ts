import type { SubscriptionStatus } from '@seatkeeper/core'

// ArrowSphere documents these codes for licence *events* (nodejs licenseEvent.ts
// LicenseEventStatusCode); that a licence's own status_code uses the same table is our inference,
// supported by the find fixtures (86 = activation_ok, 87 = suspended, 89 = cancelled). [I]
const STATUS_BY_CODE: ReadonlyMap<number, SubscriptionStatus> = new Map([
  [40, 'pending'], // preparation
  [42, 'pending'], // transmission in progress
  [43, 'pending'], // transmission failure: the order is still being worked on at Arrow
  [44, 'pending'], // transmission success, not yet activated
  [62, 'pending'], // pending
  [72, 'pending'], // in progress
  [85, 'cancelled'], // rejected (activation failure): the licence never became usable
  [86, 'active'], // completed / activation_ok
  [87, 'suspended'],
  [88, 'cancelled'], // activation expired
  [89, 'cancelled'],
  [126, 'deleted'], // transferred to another partner: gone from this account
])

/**
 * The core status of a licence. A code outside the documented table falls back on `isEnabled`
 * rather than failing the whole listing over one new code. [I]
 */
export function licenseStatus(statusCode: number, isEnabled?: boolean | null): SubscriptionStatus {
  return STATUS_BY_CODE.get(statusCode) ?? (isEnabled === false ? 'suspended' : 'active')
}
