import type { ExternalSubscription } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { parseResponse } from '../http/parse-response'
import type { DistributorHttp } from '../http/types'
import { DICKERDATA } from './identity'
import { fetchTenants } from './list-customers'
import { normaliseCustomer } from './normalise-customer'
import { normaliseSubscription } from './normalise-subscription'
import {
  GET_SUBSCRIPTION_DETAILS_CALL,
  GET_SUBSCRIPTION_DETAILS_PATH,
  SUBSCRIPTION_TYPE,
} from './paths'
import { GetSubscriptionDetailsResponseSchema } from './schemas'

/**
 * All CSP subscriptions, or one customer's (its externalId is its TenantId). GetSubscriptionDetails
 * returns every row in one answer when no filter is given [C] and has no paging [I], so there is no
 * per-customer fan-out: the bulk call is one request however large the account is.
 */
export async function listDickerDataSubscriptions(
  http: DistributorHttp,
  customerExternalId?: string,
): Promise<Listing<ExternalSubscription>> {
  // A customer without a CSP tenant cannot hold CSP subscriptions, and has no TenantID to ask for.
  if (customerExternalId?.startsWith('no-tenant:'))
    return { items: [], complete: true, problems: [] }

  const filter = customerExternalId ? { TenantID: customerExternalId } : {}
  const data = await http.json({
    call: GET_SUBSCRIPTION_DETAILS_CALL,
    method: 'POST',
    path: GET_SUBSCRIPTION_DETAILS_PATH,
    body: { In: { SubscriptionType: SUBSCRIPTION_TYPE, ...filter } },
    idempotent: true,
  })
  const rows = parseResponse(GetSubscriptionDetailsResponseSchema, data, {
    distributor: DICKERDATA.id,
    label: DICKERDATA.label,
    call: GET_SUBSCRIPTION_DETAILS_CALL,
  }).Out

  // Tenant ids are GUIDs, whose case carries no meaning, and GetTenant and GetSubscriptionDetails
  // need not agree on it [I]. Each subscription gets its customer's id exactly as GetTenant spells
  // it (the id mappings are keyed by), so a register mapped before keeps its mappings: the asked
  // id when listing one customer, else one GetTenant call tells the spelling of every tenant.
  const customerIds = customerExternalId
    ? new Map([[customerExternalId.toLowerCase(), customerExternalId]])
    : new Map(
        (await fetchTenants(http)).map((tenant) => {
          const id = normaliseCustomer(tenant).externalId
          return [id.toLowerCase(), id] as const
        }),
      )

  const items: ExternalSubscription[] = []
  const seen = new Set<string>()
  const problems: string[] = []
  rows.forEach((row, index) => {
    const read = normaliseSubscription(row, { call: GET_SUBSCRIPTION_DETAILS_CALL, index })
    const customerId = customerIds.get(read.customerExternalId.toLowerCase())
    // The filter is applied again here, in case the API ignores a TenantID it does not know [I].
    if (customerExternalId && customerId === undefined) return
    const subscription = customerId ? { ...read, customerExternalId: customerId } : read
    if (seen.has(subscription.externalId)) {
      problems.push(
        `Subscription ${subscription.externalId} was listed twice; the first row was kept.`,
      )
      return
    }
    seen.add(subscription.externalId)
    items.push(subscription)
  })
  return { items, complete: true, problems }
}
