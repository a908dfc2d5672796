import type { TestResult } from '../adapter'
import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { COMPANIES_CALL, COMPANIES_PATH, PAX8_ID, PAX8_LABEL } from './calls'
import { Pax8CompaniesPageSchema } from './schemas'

/**
 * The cheapest proof the credentials work: the token exchange (made by the client first) and one
 * company page of size 1, whose `totalElements` says how many companies the application can see.
 */
export async function testPax8Configuration(http: DistributorHttp): Promise<TestResult> {
  const call = `${COMPANIES_CALL} (page 0)`
  const page = parseResponse(
    Pax8CompaniesPageSchema,
    await http.json({ call, method: 'GET', path: COMPANIES_PATH, query: { page: 0, size: 1 } }),
    { distributor: PAX8_ID, label: PAX8_LABEL, call },
  ).page
  const count = page.totalElements ?? page.totalPages
  return {
    ok: true,
    message: `Connected to Pax8: ${count === 0 ? 'no companies yet' : `${count} compan${count === 1 ? 'y' : 'ies'}`} visible to this application.`,
    details: { companies: String(count) },
  }
}
