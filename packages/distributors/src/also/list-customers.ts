import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { listCompanies } from './list-companies'
import { normaliseCustomer } from './normalise-customer'

/** All of the reseller's customers. GetCompanies returns the whole list at once [C]. */
export async function listAlsoCustomers(http: DistributorHttp): Promise<Listing<ExternalCustomer>> {
  const { companies } = await listCompanies(http)
  const items: ExternalCustomer[] = []
  const problems: string[] = []
  for (const company of companies) {
    const { customer, problem } = normaliseCustomer(company)
    items.push(customer)
    if (problem) problems.push(problem)
  }
  // Every company was read; problems only note states read by assumption.
  return { items, complete: true, problems }
}
