import type { ExternalCustomer, ExternalSubscription } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { isDistributorError } from '../errors'
import { mapConcurrent, parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import {
  INGRAM_ID,
  INGRAM_LABEL,
  SUBSCRIPTION_CALL,
  SUBSCRIPTIONS_CALL,
  SUBSCRIPTIONS_PATH,
} from './calls'
import { normaliseIngramSubscription } from './normalise-subscription'
import { PAGE_LIMIT, readAllOffsets } from './read-all-offsets'
import { readRecords } from './read-records'
import {
  IngramPageSchema,
  IngramSubscriptionDetailsSchema,
  IngramSubscriptionSchema,
  type IngramSubscription,
} from './schemas'

/*
 * The list gives status and dates only [C]; name, quantity and price are in GET /subscriptions/{id}
 * [C], so every listed subscription costs one more call. Several run at once; the shared client
 * paces them to the rate limit, so more would only queue.
 */
const DETAILS_IN_FLIGHT = 8

async function readPage(http: DistributorHttp, offset: number, customerId?: string) {
  const call = `${SUBSCRIPTIONS_CALL} (offset ${offset})`
  const body = await http.json({
    call,
    method: 'GET',
    path: SUBSCRIPTIONS_PATH,
    query: { customerId, offset, limit: PAGE_LIMIT },
  })
  const page = parseResponse(IngramPageSchema, body, {
    distributor: INGRAM_ID,
    label: INGRAM_LABEL,
    call,
  })
  const { records, problems } = readRecords(IngramSubscriptionSchema, page.data, {
    label: INGRAM_LABEL,
    call,
    noun: 'subscription',
  })
  return {
    items: records,
    total: page.pagination.total,
    limit: page.pagination.limit,
    problems,
  }
}

async function withDetails(
  http: DistributorHttp,
  item: IngramSubscription,
): Promise<ExternalSubscription | string> {
  let body: unknown
  try {
    body = await http.json({
      call: SUBSCRIPTION_CALL,
      method: 'GET',
      path: `${SUBSCRIPTIONS_PATH}/${encodeURIComponent(item.id)}`,
    })
  } catch (error) {
    // Removed between the list and the details: unreadable now, which makes the listing incomplete.
    if (isDistributorError(error) && error.kind === 'not-found') {
      return `${INGRAM_LABEL} no longer found subscription ${item.id} of customer ${item.customerId} when its details were read; it was left out.`
    }
    throw error
  }
  const { records, problems } = readRecords(IngramSubscriptionDetailsSchema, [body], {
    label: INGRAM_LABEL,
    call: SUBSCRIPTION_CALL,
    noun: 'subscription',
  })
  const details = records[0]
  if (!details) return problems[0] ?? `Subscription ${item.id} could not be read; it was left out.`
  return normaliseIngramSubscription(item, details)
}

/** All subscriptions of the reseller's customers, or one customer's (`customerId=` [C]). */
export async function listIngramSubscriptions(
  http: DistributorHttp,
  customerExternalId?: string,
): Promise<Listing<ExternalSubscription>> {
  const listing = await readAllOffsets(
    http,
    (offset) => readPage(http, offset, customerExternalId),
    (subscription) => subscription.id,
    'subscriptions',
  )
  const results = await mapConcurrent(listing.items, DETAILS_IN_FLIGHT, (item) =>
    withDetails(http, item),
  )
  const items: ExternalSubscription[] = []
  const problems = [...listing.problems]
  for (const result of results) {
    if (typeof result === 'string') problems.push(result)
    else items.push(result)
  }
  return { items, complete: problems.length === 0, problems }
}

/*
 * Customers whose subscriptions are read at once in a step of the sync workflow; each reads its
 * own list and then DETAILS_IN_FLIGHT details, all paced by the shared client.
 */
const CONCURRENT_CUSTOMERS = 2

/**
 * The subscriptions of customers this run has listed already, one customer's list at a time
 * (`customerId=` [C]): the sync workflow's steps of a few hundred customers. The whole listing
 * pages through every subscription in fewer calls (100 a page), but its details calls — one per
 * subscription — made it one step of ~15,000 calls at 3,000 customers, over the 10,000 a step may
 * send; read per customer, a step of 250 customers is ~1,500 calls (docs/integrator.md).
 */
export async function listIngramSubscriptionsOf(
  http: DistributorHttp,
  customers: readonly ExternalCustomer[],
  onCustomerRead?: () => void,
): Promise<Listing<ExternalSubscription>> {
  const listings = await mapConcurrent(customers, CONCURRENT_CUSTOMERS, async (customer) => {
    const listing = await listIngramSubscriptions(http, customer.externalId)
    onCustomerRead?.()
    return listing
  })
  const problems = listings.flatMap((listing) => listing.problems)
  return {
    items: listings.flatMap((listing) => listing.items),
    complete: listings.every((listing) => listing.complete),
    problems,
  }
}
