import type { ExternalSubscription } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { parseResponse, readLaterPages } from '../http'
import type { DistributorHttp } from '../http/types'
import { accountIdOf } from './account-id'
import {
  SUBSCRIPTIONS_CALL,
  subscriptionsPath,
  TDSYNNEX_ID,
  TDSYNNEX_LABEL,
  customersPath,
} from './calls'
import { normaliseTdsynnexSubscription, tdsynnexSubscriptionStatus } from './normalise-subscription'
import { readRecord } from './read-record'
import { TdsynnexSubscriptionSchema, TdsynnexSubscriptionsPageSchema } from './schemas'

/** The limit the NinjaOne script asks for [C]. */
export const SUBSCRIPTION_PAGE_SIZE = 200
/** Offsets are known once the total is: a few pages in flight, the client paces them. */
const PAGES_IN_FLIGHT = 4
const CUSTOMER_SUBSCRIPTIONS_CALL =
  'GET /api/v3/accounts/{accountId}/customers/{customerId}/subscriptions'

type Page = { records: unknown[]; totalSize: number }

async function readPage(
  http: DistributorHttp,
  path: string,
  call: string,
  offset: number,
): Promise<Page> {
  const body = await http.json({
    call,
    method: 'GET',
    path,
    query: { 'pagination.limit': SUBSCRIPTION_PAGE_SIZE, 'pagination.offset': offset },
  })
  const page = parseResponse(TdsynnexSubscriptionsPageSchema, body, {
    distributor: TDSYNNEX_ID,
    label: TDSYNNEX_LABEL,
    call,
  })
  return { records: page.items, totalSize: page.paginationResponse.totalSize }
}

/**
 * All subscriptions through the bulk call with offset paging [C: NinjaOne script], or one
 * customer's through the per-customer path [C: api-evangelist OpenAPI], whose envelope and paging
 * are assumed to be the bulk call's [I]. The first page gives `totalSize`; the other offsets are
 * read concurrently. Fewer records than announced (the list changed while paging) is incomplete.
 */
export async function listTdsynnexSubscriptions(
  http: DistributorHttp,
  customerExternalId?: string,
): Promise<Listing<ExternalSubscription>> {
  const accountId = accountIdOf(http)
  const path =
    customerExternalId === undefined
      ? subscriptionsPath(accountId)
      : `${customersPath(accountId)}/${encodeURIComponent(customerExternalId)}/subscriptions`
  const call = customerExternalId === undefined ? SUBSCRIPTIONS_CALL : CUSTOMER_SUBSCRIPTIONS_CALL
  const first = await readPage(http, path, call, 0)
  const offsets: number[] = []
  for (let o = SUBSCRIPTION_PAGE_SIZE; o < first.totalSize; o += SUBSCRIPTION_PAGE_SIZE)
    offsets.push(o)
  const pages = await readLaterPages(http, first, offsets, PAGES_IN_FLIGHT, (o) =>
    readPage(http, path, call, o),
  )

  const items: ExternalSubscription[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  let listed = 0
  for (const page of pages) {
    for (const raw of page.records) {
      const read = readRecord(TdsynnexSubscriptionSchema, raw, {
        call,
        noun: 'subscription',
        idKey: 'subscriptionId',
      })
      if (!read.ok) {
        listed++
        problems.push(read.problem)
        continue
      }
      if (seen.has(read.value.subscriptionId)) continue
      seen.add(read.value.subscriptionId)
      listed++
      const status = tdsynnexSubscriptionStatus(read.value.subscriptionStatus)
      if (!status) {
        problems.push(
          `${TDSYNNEX_LABEL} listed subscription ${read.value.subscriptionId} ("${read.value.subscriptionName}") with subscriptionStatus "${read.value.subscriptionStatus}", which Seatkeeper does not know; it was left out.`,
        )
        continue
      }
      items.push(normaliseTdsynnexSubscription(read.value, status))
    }
  }
  if (pages.some((page) => page.totalSize !== first.totalSize)) {
    problems.push(
      `The ${TDSYNNEX_LABEL} subscription list changed while it was being read; run again for a complete list.`,
    )
  } else if (listed < first.totalSize) {
    problems.push(
      `${TDSYNNEX_LABEL} announced ${first.totalSize} subscriptions but listed ${listed}; some were not read.`,
    )
  }
  return { items, complete: problems.length === 0, problems }
}
