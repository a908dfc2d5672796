import type { ExternalCustomer, ExternalSubscription } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { DistributorError } from '../errors'
import { mapConcurrent } from '../http/map-concurrent'
import type { DistributorHttp } from '../http/types'
import { callOperation } from './call-operation'
import { ALSO_ID, ALSO_LABEL } from './label'
import { listCompanies } from './list-companies'
import { normaliseSubscription } from './normalise-subscription'
import { ALSO_OPERATIONS } from './operations'
import { AlsoSubscriptionsSchema } from './schemas'

// Subscriptions can only be read per company [C]: a few companies are read at once so a large
// account lists quickly, while the shared client's pacing keeps the total under the rate limit.
const COMPANIES_AT_ONCE = 6
const CALL = 'POST GetSubscriptions'

type CompanySubscriptions = {
  items: ExternalSubscription[]
  problems: string[]
  /** A record was left out because a value in it could not be read. */
  unreadable: boolean
}

async function companySubscriptions(
  http: DistributorHttp,
  companyId: string,
): Promise<CompanySubscriptions> {
  const rows = await callOperation(
    http,
    ALSO_OPERATIONS.getSubscriptions,
    // User-level accounts are the company's users, not its licences [C] (PHP SubscriptionAPI).
    { parentAccountId: Number(companyId), excludeUserLevel: true },
    AlsoSubscriptionsSchema,
  )
  const items: ExternalSubscription[] = []
  const problems: string[] = []
  let unreadable = false
  rows.forEach((row, index) => {
    const result = normaliseSubscription(row, companyId)
    if (!result.ok) {
      // This record is left out and named; the rest are still right. The listing is then
      // incomplete, so the missing one is never taken as deleted.
      unreadable = true
      problems.push(
        `${ALSO_LABEL} answered ${CALL} for company ${companyId} with subscription ${row.AccountId} ("${row.ProductName ?? row.ServiceDisplayName ?? row.ServiceName}") that we cannot read: [${index}].${result.field} ${result.message}. It was left out; report this as a Seatkeeper bug if the seat count is there under another name.`,
      )
      return
    }
    items.push(result.subscription)
    if (result.problem) problems.push(result.problem)
  })
  return { items, problems, unreadable }
}

/** All subscriptions of every company, or of one company (by its account id) when given. */
export async function listAlsoSubscriptions(
  http: DistributorHttp,
  customerExternalId?: string,
): Promise<Listing<ExternalSubscription>> {
  if (customerExternalId !== undefined) {
    if (!/^\d+$/.test(customerExternalId)) {
      throw new DistributorError({
        kind: 'request',
        distributor: ALSO_ID,
        call: CALL,
        message: `"${customerExternalId}" is not an ALSO company account id (a number). Pick the customer again from the list.`,
      })
    }
    const one = await companySubscriptions(http, customerExternalId)
    return { items: one.items, complete: !one.unreadable, problems: one.problems }
  }
  const { companies } = await listCompanies(http)
  return subscriptionsOfCompanies(
    http,
    companies.map((company) => company.AccountId),
  )
}

/** The subscriptions of companies this run has listed already (the sync workflow's steps). */
export function listAlsoSubscriptionsOf(
  http: DistributorHttp,
  customers: readonly ExternalCustomer[],
  onCustomerRead?: () => void,
): Promise<Listing<ExternalSubscription>> {
  return subscriptionsOfCompanies(
    http,
    customers.map((customer) => customer.externalId),
    onCustomerRead,
  )
}

async function subscriptionsOfCompanies(
  http: DistributorHttp,
  companyIds: readonly string[],
  onCompanyRead?: () => void,
): Promise<Listing<ExternalSubscription>> {
  // Any company that cannot be read fails the whole listing: a partial list read as complete
  // would make its missing subscriptions look deleted.
  const perCompany = await mapConcurrent(companyIds, COMPANIES_AT_ONCE, async (companyId) => {
    const read = await companySubscriptions(http, companyId)
    onCompanyRead?.()
    return read
  })
  return {
    items: perCompany.flatMap((c) => c.items),
    complete: perCompany.every((c) => !c.unreadable),
    problems: perCompany.flatMap((c) => c.problems),
  }
}
