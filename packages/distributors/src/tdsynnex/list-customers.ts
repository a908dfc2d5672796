import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { DistributorError } from '../errors'
import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { CUSTOMERS_CALL, customersPath, TDSYNNEX_ID, TDSYNNEX_LABEL } from './calls'
import { accountIdOf } from './account-id'
import { normaliseTdsynnexCustomer, tdsynnexCustomerStatus } from './normalise-customer'
import { readRecord } from './read-record'
import { TdsynnexCustomerSchema, TdsynnexCustomersPageSchema } from './schemas'

/** The page size the NinjaOne script asks for [C]. */
export const CUSTOMER_PAGE_SIZE = 200
/** A token that never ends would page forever; no real account has this many pages. */
const MAX_PAGES = 10_000

/** One page of customers; `nextPageToken` empty or absent ends the list [C]. */
export async function fetchTdsynnexCustomerPage(
  http: DistributorHttp,
  pageToken?: string,
): Promise<{ records: unknown[]; nextPageToken: string | undefined }> {
  const accountId = accountIdOf(http)
  const body = await http.json({
    call: CUSTOMERS_CALL,
    method: 'GET',
    path: customersPath(accountId),
    query: { pageSize: CUSTOMER_PAGE_SIZE, ...(pageToken ? { pageToken } : {}) },
  })
  const page = parseResponse(TdsynnexCustomersPageSchema, body, {
    distributor: TDSYNNEX_ID,
    label: TDSYNNEX_LABEL,
    call: CUSTOMERS_CALL,
  })
  return { records: page.customers, nextPageToken: page.nextPageToken?.trim() || undefined }
}

/** Every customer, page token after page token (token paging is sequential by nature). */
export async function listTdsynnexCustomers(
  http: DistributorHttp,
): Promise<Listing<ExternalCustomer>> {
  const items: ExternalCustomer[] = []
  const problems: string[] = []
  const seenTokens = new Set<string>()
  let token: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const { records, nextPageToken } = await fetchTdsynnexCustomerPage(http, token)
    for (const raw of records) {
      const read = readRecord(TdsynnexCustomerSchema, raw, {
        call: CUSTOMERS_CALL,
        noun: 'customer',
        idKey: 'id',
      })
      if (!read.ok) {
        problems.push(read.problem)
        continue
      }
      const status = tdsynnexCustomerStatus(read.value)
      if (!status) {
        problems.push(
          `${TDSYNNEX_LABEL} listed customer ${read.value.id} ("${read.value.name}") with customerStatus "${read.value.customerStatus}", which Seatkeeper does not know; it was left out.`,
        )
        continue
      }
      items.push(normaliseTdsynnexCustomer(read.value, status))
    }
    if (!nextPageToken) return { items, complete: problems.length === 0, problems }
    if (seenTokens.has(nextPageToken)) {
      throw new DistributorError({
        kind: 'contract',
        distributor: TDSYNNEX_ID,
        call: CUSTOMERS_CALL,
        field: 'nextPageToken',
        message: `${TDSYNNEX_LABEL} answered ${CUSTOMERS_CALL} with a nextPageToken it had already given, so the list would never end. Try again later; report it if it persists.`,
      })
    }
    seenTokens.add(nextPageToken)
    token = nextPageToken
  }
  return {
    items,
    complete: false,
    problems: [
      `${TDSYNNEX_LABEL} kept paging customers past ${MAX_PAGES} pages; the rest were not read.`,
    ],
  }
}
