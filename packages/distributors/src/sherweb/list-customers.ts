import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { CUSTOMERS_CALL, CUSTOMERS_PATH, SHERWEB_ID, SHERWEB_LABEL } from './calls'
import { normaliseSherwebCustomer } from './normalise-customer'
import { SherwebCustomersSchema, type SherwebCustomer } from './schemas'

/** Sherweb's raw customer list: one call, no paging or search parameters exist [C]. */
export async function fetchSherwebCustomers(http: DistributorHttp): Promise<SherwebCustomer[]> {
  const body = await http.json({ call: CUSTOMERS_CALL, method: 'GET', path: CUSTOMERS_PATH })
  return parseResponse(SherwebCustomersSchema, body, {
    distributor: SHERWEB_ID,
    label: SHERWEB_LABEL,
    call: CUSTOMERS_CALL,
  }).items
}

/** Every customer in one answer, so a listing that returns is complete. */
export async function listSherwebCustomers(
  http: DistributorHttp,
): Promise<Listing<ExternalCustomer>> {
  const customers = await fetchSherwebCustomers(http)
  return { items: customers.map(normaliseSherwebCustomer), complete: true, problems: [] }
}
