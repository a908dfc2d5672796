import type { TestResult } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { fetchIngramCustomersPage } from './list-customers'

/**
 * The cheapest proof the credentials work: the sign-in (made by the client before the call) and one
 * customer, whose page says how many customers the reseller has in total [C: pagination.total].
 */
export async function testIngramConfiguration(http: DistributorHttp): Promise<TestResult> {
  const page = await fetchIngramCustomersPage(http, 0, 1)
  const marketplace = http.config?.marketplace?.trim()
  const where = marketplace ? ` (marketplace ${marketplace})` : ''
  const counted =
    page.total === 0 ? 'no customers yet' : `${page.total} customer${page.total === 1 ? '' : 's'}`
  return {
    ok: true,
    message: `Connected to Ingram Micro${where}: ${counted}.`,
    details: { customers: String(page.total), ...(marketplace ? { marketplace } : {}) },
  }
}
