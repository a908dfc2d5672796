import { DistributorError } from '../errors'
import type { DistributorHttp } from '../http/types'
import { TDSYNNEX_ID, TDSYNNEX_LABEL } from './calls'

/**
 * The reseller account id every path carries [C]. Listing functions only receive the client, so
 * the id travels on it as a connection setting; without it no call can be addressed.
 */
export function accountIdOf(http: DistributorHttp): string {
  const accountId = http.config?.accountId?.trim() ?? ''
  if (!accountId) {
    throw new DistributorError({
      kind: 'request',
      distributor: TDSYNNEX_ID,
      call: 'GET /api/v3/accounts/{accountId}',
      field: 'accountId',
      message: `${TDSYNNEX_LABEL} needs the Account ID: enter it in the connection (ION portal, Settings > API Access).`,
    })
  }
  return accountId
}
