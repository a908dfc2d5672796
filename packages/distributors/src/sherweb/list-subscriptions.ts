import type { ExternalCustomer, ExternalSubscription } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { isDistributorError } from '../errors'
import { mapConcurrent, parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { SHERWEB_ID, SHERWEB_LABEL, SUBSCRIPTIONS_CALL, SUBSCRIPTIONS_PATH } from './calls'
import { fetchSherwebCustomers } from './list-customers'
import { normaliseSherwebSubscription } from './normalise-subscription'
import { SherwebSubscriptionsSchema, type SherwebCustomer } from './schemas'

/*
 * Subscriptions can only be read per customer [C: customerId is required], so a full listing is one
 * call per customer. A few run at once; the shared client paces them to the rate limit, so more
 * would only queue. Sherweb answers over-eager callers with 429 [C], which the client retries.
 */
const CONCURRENT_CUSTOMERS = 4

type CustomerResult = { items: ExternalSubscription[]; problem?: string }

async function customerSubscriptions(
  http: DistributorHttp,
  customer: SherwebCustomer,
): Promise<CustomerResult> {
  let body: unknown
  try {
    body = await http.json({
      call: SUBSCRIPTIONS_CALL,
      method: 'GET',
      path: SUBSCRIPTIONS_PATH,
      query: { customerId: customer.id },
    })
  } catch (error) {
    // A customer removed between the two calls: its subscriptions cannot be read, which makes the
    // listing incomplete (nothing may be taken as deleted) but does not make the rest wrong.
    if (isDistributorError(error) && error.kind === 'not-found') {
      return {
        items: [],
        problem: `Sherweb no longer found customer "${customer.displayName}" (${customer.id}) when its subscriptions were read; they were left out.`,
      }
    }
    throw error
  }
  const parsed = parseResponse(SherwebSubscriptionsSchema, body, {
    distributor: SHERWEB_ID,
    label: SHERWEB_LABEL,
    call: SUBSCRIPTIONS_CALL,
  })
  if (!parsed.items) {
    return {
      items: [],
      problem: `${SHERWEB_LABEL} answered ${SUBSCRIPTIONS_CALL} for customer "${customer.displayName}" (${customer.id}) without a list of subscriptions (items ${parsed.items === null ? 'was null' : 'was missing'}); its subscriptions were left out.`,
    }
  }
  const context = {
    customerExternalId: customer.id,
    customerSuspended: Boolean(customer.suspendedOn),
  }
  return { items: parsed.items.map((item) => normaliseSherwebSubscription(item, context)) }
}

/**
 * All subscriptions, or one customer's. The customer list is read first in both cases: it says
 * which customers exist and which are suspended (Sherweb gives subscriptions no status of their own).
 */
export async function listSherwebSubscriptions(
  http: DistributorHttp,
  customerExternalId?: string,
): Promise<Listing<ExternalSubscription>> {
  const { customers, problem: customersProblem } = await fetchSherwebCustomers(http)
  if (customersProblem) return { items: [], complete: false, problems: [customersProblem] }
  const wanted =
    customerExternalId === undefined
      ? customers
      : customers.filter((customer) => customer.id === customerExternalId)
  if (customerExternalId !== undefined && wanted.length === 0) {
    return {
      items: [],
      complete: false,
      problems: [
        `Sherweb does not list customer ${customerExternalId}; it may have been removed in Cumulus.`,
      ],
    }
  }
  return subscriptionsOf(http, wanted)
}

/**
 * The subscriptions of customers this run has listed already (the sync workflow's steps): their
 * id, name and suspension are all Sherweb's customer list gives, so the list is not read again.
 */
export function listSherwebSubscriptionsOf(
  http: DistributorHttp,
  customers: readonly ExternalCustomer[],
  onCustomerRead?: () => void,
): Promise<Listing<ExternalSubscription>> {
  return subscriptionsOf(
    http,
    customers.map((customer) => ({
      id: customer.externalId,
      displayName: customer.name,
      // Only its presence counts (normaliseSherwebCustomer made the status from it).
      ...(customer.status === 'suspended' ? { suspendedOn: 'listed as suspended' } : {}),
    })),
    onCustomerRead,
  )
}

async function subscriptionsOf(
  http: DistributorHttp,
  customers: readonly SherwebCustomer[],
  onCustomerRead?: () => void,
): Promise<Listing<ExternalSubscription>> {
  const results = await mapConcurrent(customers, CONCURRENT_CUSTOMERS, async (customer) => {
    const result = await customerSubscriptions(http, customer)
    onCustomerRead?.()
    return result
  })
  const problems = results.flatMap((result) => (result.problem ? [result.problem] : []))
  return {
    items: results.flatMap((result) => result.items),
    complete: problems.length === 0,
    problems,
  }
}
