import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { CUSTOMERS_CALL, CUSTOMERS_PATH, SHERWEB_ID, SHERWEB_LABEL } from './calls'
import { normaliseSherwebCustomer } from './normalise-customer'
import { SherwebCustomersSchema, type SherwebCustomer } from './schemas'

export type SherwebCustomerList = {
  customers: SherwebCustomer[]
  /** Set when the answer had no `items` list: then nothing is known about who is missing. */
  problem?: string
}

/** Sherweb's raw customer list: one call, no paging or search parameters exist [C]. */
export async function fetchSherwebCustomers(http: DistributorHttp): Promise<SherwebCustomerList> {
  const body = await http.json({ call: CUSTOMERS_CALL, method: 'GET', path: CUSTOMERS_PATH })
  const { items } = parseResponse(SherwebCustomersSchema, body, {
    distributor: SHERWEB_ID,
    label: SHERWEB_LABEL,
    call: CUSTOMERS_CALL,
  })
  if (items) return { customers: items }
  return {
    customers: [],
    problem: `${SHERWEB_LABEL} answered ${CUSTOMERS_CALL} without a list of customers (items ${items === null ? 'was null' : 'was missing'}); no customer was read. Try again later; if it persists, check the account in Cumulus.`,
  }
}

/** Every customer in one answer, so a listing that returns is complete unless it had no list. */
export async function listSherwebCustomers(
  http: DistributorHttp,
): Promise<Listing<ExternalCustomer>> {
  const { customers, problem } = await fetchSherwebCustomers(http)
  return {
    items: customers.map(normaliseSherwebCustomer),
    complete: problem === undefined,
    problems: problem ? [problem] : [],
  }
}
