import type { DigestRenewal } from '@seatkeeper/core'
import type { RegisterRpc } from '../register/register-rpc'

/**
 * The digest's "Renewals coming": the register's commitment alerts at `now`, the digest's time
 * (renewals within the MSP's lead times with seats above what is billed, cancellation windows in
 * their last hours counted from `now`, trials about to convert, seats added mid-term), each one
 * sentence with the day to act by.
 */
export async function renewalsForDigest(
  register: RegisterRpc,
  now: number,
): Promise<readonly DigestRenewal[]> {
  const alerts = await register.commitmentAlerts(now)
  return alerts.map(({ words, actBy }) => ({ words, actBy }))
}
