import type { ExternalSubscription } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { SUBSCRIPTIONS_CALL, SUBSCRIPTIONS_PATH } from './calls'
import { organizationQuery } from './list-customers'
import { normaliseCrayonSubscription } from './normalise-subscription'
import { readCrayonPages } from './read-pages'
import { CrayonSubscriptionSchema } from './schemas'

/**
 * All subscriptions in one paged listing (customerTenantId is an optional filter [C]), or one
 * customer tenant's. Every status is asked for (no `statuses` filter), so cancelled and deleted
 * subscriptions are seen as such rather than as missing.
 */
export async function listCrayonSubscriptions(
  http: DistributorHttp,
  customerExternalId?: string,
): Promise<Listing<ExternalSubscription>> {
  const read = await readCrayonPages(http, {
    path: SUBSCRIPTIONS_PATH,
    call: SUBSCRIPTIONS_CALL,
    noun: 'subscriptions',
    item: CrayonSubscriptionSchema,
    query: { ...organizationQuery(http), customerTenantId: customerExternalId },
    keyOf: (subscription) => subscription.id,
  })
  const problems = [...read.problems]
  const items: ExternalSubscription[] = []
  for (const subscription of read.items) {
    const reading = normaliseCrayonSubscription(subscription)
    if (reading.ok) items.push(reading.subscription)
    else problems.push(reading.reason)
  }
  return { items, complete: problems.length === 0, problems }
}
