import type { TestResult } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { accountIdOf } from './account-id'
import { fetchTdsynnexCustomerPage } from './list-customers'

/**
 * The cheapest proof the credentials work: the refresh-token exchange (made by the client before
 * the call; it rotates the token, which the store persists) and the first page of customers, which
 * proves the Account ID is one the token may read.
 */
export async function testTdsynnexConfiguration(http: DistributorHttp): Promise<TestResult> {
  const accountId = accountIdOf(http)
  const { records, nextPageToken } = await fetchTdsynnexCustomerPage(http)
  const counted =
    records.length === 0
      ? 'no customers yet'
      : `${records.length}${nextPageToken ? '+' : ''} customer${records.length === 1 && !nextPageToken ? '' : 's'}`
  return {
    ok: true,
    message: `Connected to TD SYNNEX StreamOne Ion account ${accountId}: ${counted}.`,
    details: { accountId, customers: `${records.length}${nextPageToken ? '+' : ''}` },
  }
}
