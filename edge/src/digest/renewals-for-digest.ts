import type { DigestRenewal } from '@seatkeeper/core'
import type { RegisterRpc } from '../register/register-rpc'

/**
 * The digest's "Renewals coming": the register's commitment alerts for the day (renewals within
 * the MSP's lead times with seats above what is billed, cancellation windows in their last hours,
 * trials about to convert, seats added mid-term), each one sentence with the day to act by.
 */
export async function renewalsForDigest(
  register: RegisterRpc,
  today: string,
): Promise<readonly DigestRenewal[]> {
  const alerts = await register.commitmentAlerts(today)
  return alerts.map(({ words, actBy }) => ({ words, actBy }))
}
