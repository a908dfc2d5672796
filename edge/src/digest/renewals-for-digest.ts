import type { DigestRenewal } from '@seatkeeper/core'
import type { RegisterRpc } from '../register/register-rpc'

/**
 * The renewal alerts the digest lists. Issue 17 item 5 ("renewals coming"): the renewal alerts
 * are being built separately with this shape; until they are merged there are none to list, and
 * the digest leaves its "Renewals coming" section out.
 */
export async function renewalsForDigest(
  _register: RegisterRpc,
  _today: string,
): Promise<readonly DigestRenewal[]> {
  return []
}
