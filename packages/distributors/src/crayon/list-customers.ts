import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { CUSTOMERS_CALL, CUSTOMERS_PATH } from './calls'
import { normaliseCrayonCustomer } from './normalise-customer'
import { readCrayonPages } from './read-pages'
import { CrayonTenantSchema } from './schemas'

/** The organization filter, when the user gave one (every visible organization otherwise). */
export function organizationQuery(http: DistributorHttp): Record<string, string | undefined> {
  const id = http.config?.organizationId?.trim()
  return { organizationId: id || undefined }
}

/** Every customer tenant: GET /api/v1/customertenants/ page by page [C]. */
export async function listCrayonCustomers(
  http: DistributorHttp,
): Promise<Listing<ExternalCustomer>> {
  const read = await readCrayonPages(http, {
    path: CUSTOMERS_PATH,
    call: CUSTOMERS_CALL,
    noun: 'customer tenants',
    item: CrayonTenantSchema,
    query: organizationQuery(http),
    keyOf: (tenant) => tenant.id,
  })
  const problems = [...read.problems]
  const items: ExternalCustomer[] = []
  for (const tenant of read.items) {
    const reading = normaliseCrayonCustomer(tenant)
    if (reading.ok) items.push(reading.customer)
    else problems.push(reading.reason)
  }
  return { items, complete: problems.length === 0, problems }
}
