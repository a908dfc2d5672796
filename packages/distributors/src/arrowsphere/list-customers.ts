import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { ARROWSPHERE_LABEL } from './label'
import { normaliseCustomer } from './normalise-customer'
import { PAGE_SIZE, readAllPages } from './read-all-pages'
import { CustomersPageSchema } from './schemas'

/** Every end customer of the partner: GET /customers, page by page (snake_case pagination). */
export async function listArrowSphereCustomers(
  http: DistributorHttp,
): Promise<Listing<ExternalCustomer>> {
  const listing = await readAllPages(
    http,
    async (page) => {
      const call = `GET /customers (page ${page})`
      const body = await http.json({
        call,
        method: 'GET',
        path: '/customers',
        query: { per_page: PAGE_SIZE, page },
      })
      const parsed = parseResponse(CustomersPageSchema, body, {
        distributor: http.distributor,
        label: ARROWSPHERE_LABEL,
        call,
      })
      return {
        items: parsed.data.customers,
        totalPages: parsed.pagination.total_page,
        total: parsed.pagination.total,
      }
    },
    (customer) => customer.Reference,
    'customers',
  )
  return { ...listing, items: listing.items.map(normaliseCustomer) }
}
