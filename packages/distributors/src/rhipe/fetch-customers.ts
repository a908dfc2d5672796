import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { RhipeCustomersSchema, type RhipeCustomer } from './schemas'

export const CUSTOMERS_CALL = 'GET /api/v1/me/customers'

/**
 * Every customer record PRISM holds for the partner, deactivated ones included (a sync must see
 * them to deactivate them here). The list is one unpaginated array ([C] Mate365).
 */
export async function fetchRhipeCustomers(http: DistributorHttp): Promise<RhipeCustomer[]> {
  const data = await http.json({
    call: CUSTOMERS_CALL,
    method: 'GET',
    path: '/api/v1/me/customers',
    query: { includeDeactivatedCustomers: true },
  })
  return parseResponse(RhipeCustomersSchema, data, {
    distributor: 'rhipe',
    label: 'Rhipe',
    call: CUSTOMERS_CALL,
  })
}

/**
 * [I] CustomerActingRole 0 is "Partner" only: the MSP's own company, not an end customer, so it is
 * left out. 1 (EndCustomer) and 2 (PartnerAndEndCustomer) are kept; a missing role is kept.
 */
export function isEndCustomer(customer: RhipeCustomer): boolean {
  return customer.CustomerActingRole !== 0
}
