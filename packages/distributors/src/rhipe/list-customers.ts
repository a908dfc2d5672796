import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { fetchRhipeCustomers, isEndCustomer } from './fetch-customers'
import { normaliseRhipeCustomer } from './normalise-customer'

/** All end customers, active and deactivated; PRISM lists them in one unpaginated answer. */
export async function listRhipeCustomers(
  http: DistributorHttp,
): Promise<Listing<ExternalCustomer>> {
  const customers = await fetchRhipeCustomers(http)
  return {
    items: customers.filter(isEndCustomer).map(normaliseRhipeCustomer),
    complete: true,
    problems: [],
  }
}
