import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { parseResponse } from '../http/parse-response'
import type { DistributorHttp } from '../http/types'
import { DICKERDATA } from './identity'
import { normaliseCustomer } from './normalise-customer'
import { GET_TENANT_CALL, GET_TENANT_PATH, SUBSCRIPTION_TYPE } from './paths'
import { GetTenantResponseSchema, type Tenant } from './schemas'

/** Reads every CSP customer in one GetTenant call (docs/distributors.md: no paging seen [I]). */
export async function fetchTenants(http: DistributorHttp): Promise<Tenant[]> {
  const data = await http.json({
    call: GET_TENANT_CALL,
    method: 'POST',
    path: GET_TENANT_PATH,
    body: { In: { SubscriptionType: SUBSCRIPTION_TYPE } },
    idempotent: true,
  })
  return parseResponse(GetTenantResponseSchema, data, {
    distributor: DICKERDATA.id,
    label: DICKERDATA.label,
    call: GET_TENANT_CALL,
  }).Out
}

/**
 * All Dicker Data customers. One call returns everything, so the listing is complete whenever the
 * call succeeds; a failure throws instead of returning a partial list.
 */
export async function listDickerDataCustomers(
  http: DistributorHttp,
): Promise<Listing<ExternalCustomer>> {
  const tenants = await fetchTenants(http)
  const byId = new Map<string, ExternalCustomer>()
  const problems: string[] = []
  for (const tenant of tenants) {
    const customer = normaliseCustomer(tenant)
    // A tenant may be listed once per programme or account code [I]; one customer is one tenant.
    if (byId.has(customer.externalId)) {
      if (!customer.tenantId)
        problems.push(
          `Two customers without a CSP tenant are both named "${customer.name}"; only the first is listed.`,
        )
      continue
    }
    byId.set(customer.externalId, customer)
  }
  return { items: [...byId.values()], complete: true, problems }
}
