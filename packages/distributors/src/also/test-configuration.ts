import type { TestResult } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { ALSO_LABEL } from './label'
import { listCompanies } from './list-companies'

/**
 * Proves the login works and may read customers: the session exchange (made by the client),
 * the reseller's own company, and GetCompanies — the same calls a customer import starts with.
 */
export async function testAlsoConfiguration(http: DistributorHttp): Promise<TestResult> {
  const { reseller, companies } = await listCompanies(http)
  const count = companies.length
  return {
    ok: true,
    message: `Connected to the ${ALSO_LABEL} as ${reseller.CompanyName} (account ${reseller.AccountId}): ${count} ${count === 1 ? 'customer' : 'customers'} found.`,
    details: {
      company: reseller.CompanyName,
      accountId: reseller.AccountId,
      customers: String(count),
    },
  }
}
