import type { ExternalSubscription } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { SUBSCRIPTIONS_CALL, SUBSCRIPTIONS_PATH } from './calls'
import { normalisePax8Subscription } from './normalise-subscription'
import { readAllPax8Pages } from './read-pages'
import { Pax8SubscriptionsPageSchema } from './schemas'

/**
 * All subscriptions in one bulk listing, or one company's through `companyId` [C: partner spec].
 * Bulk needs no fan-out per company, so a whole account costs about (subscriptions / 200) calls.
 */
export async function listPax8Subscriptions(
  http: DistributorHttp,
  customerExternalId?: string,
): Promise<Listing<ExternalSubscription>> {
  const listing = await readAllPax8Pages(http, {
    path: SUBSCRIPTIONS_PATH,
    call: SUBSCRIPTIONS_CALL,
    schema: Pax8SubscriptionsPageSchema,
    ...(customerExternalId !== undefined ? { query: { companyId: customerExternalId } } : {}),
    noun:
      customerExternalId !== undefined
        ? `subscriptions of company ${customerExternalId}`
        : 'subscriptions',
  })
  const items: ExternalSubscription[] = []
  const problems = [...listing.problems]
  for (const subscription of listing.items) {
    const read = normalisePax8Subscription(subscription)
    if (read.ok) items.push(read.value)
    else problems.push(read.problem)
  }
  return { items, complete: problems.length === 0, problems }
}
