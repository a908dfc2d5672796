import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { CUSTOMERS_CALL, CUSTOMERS_PATH, INGRAM_ID, INGRAM_LABEL } from './calls'
import { normaliseIngramCustomer } from './normalise-customer'
import { PAGE_LIMIT, readAllOffsets, type OffsetPage } from './read-all-offsets'
import { readRecords } from './read-records'
import { IngramCustomerSchema, IngramPageSchema, type IngramCustomer } from './schemas'

/** One page of GET /customers?offset=&limit= [C: envelope]. */
export async function fetchIngramCustomersPage(
  http: DistributorHttp,
  offset: number,
  limit = PAGE_LIMIT,
): Promise<OffsetPage<IngramCustomer>> {
  const call = `${CUSTOMERS_CALL} (offset ${offset})`
  const body = await http.json({
    call,
    method: 'GET',
    path: CUSTOMERS_PATH,
    query: { offset, limit },
  })
  const page = parseResponse(IngramPageSchema, body, {
    distributor: INGRAM_ID,
    label: INGRAM_LABEL,
    call,
  })
  const { records, problems } = readRecords(IngramCustomerSchema, page.data, {
    label: INGRAM_LABEL,
    call,
    noun: 'customer',
  })
  return {
    items: records,
    total: page.pagination.total,
    limit: page.pagination.limit,
    problems,
  }
}

/** Every end customer of the reseller, page by page. */
export async function listIngramCustomers(
  http: DistributorHttp,
): Promise<Listing<ExternalCustomer>> {
  const listing = await readAllOffsets(
    http,
    (offset) => fetchIngramCustomersPage(http, offset),
    (customer) => customer.id,
    'customers',
  )
  const items: ExternalCustomer[] = []
  const problems = [...listing.problems]
  for (const customer of listing.items) {
    const normalised = normaliseIngramCustomer(customer)
    if (typeof normalised === 'string') problems.push(normalised)
    else items.push(normalised)
  }
  return { items, complete: problems.length === 0, problems }
}
