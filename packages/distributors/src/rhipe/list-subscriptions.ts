import type { ExternalSubscription } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { isDistributorError } from '../errors'
import { mapConcurrent, parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { fetchRhipeCustomers, isEndCustomer } from './fetch-customers'
import { normaliseRhipeSubscription } from './normalise-subscription'
import { RhipeTenantsSchema, type RhipeCustomer, type RhipeTenant } from './schemas'

const TENANTS_CALL = 'GET /api/v2/contractagreements/{id}/tenants'
/** Contract agreements are few (one per program); 4 at a time is plenty and kind to PRISM. */
const CONCURRENCY = 4

/** Distinct contract agreements of the given customers, in first-seen order. */
function contractAgreementIds(customers: RhipeCustomer[]): string[] {
  const ids = new Set<string>()
  for (const customer of customers) {
    for (const agreement of customer.CustomerProgramAgreements ?? []) {
      if (agreement.ContractAgreementId) ids.add(agreement.ContractAgreementId)
    }
  }
  return [...ids]
}

type AgreementRead = { tenants: RhipeTenant[] } | { problem: string }

async function readAgreement(http: DistributorHttp, id: string): Promise<AgreementRead> {
  try {
    const data = await http.json({
      call: TENANTS_CALL,
      method: 'GET',
      path: `/api/v2/contractagreements/${encodeURIComponent(id)}/tenants`,
    })
    return {
      tenants: parseResponse(RhipeTenantsSchema, data, {
        distributor: 'rhipe',
        label: 'Rhipe',
        call: TENANTS_CALL,
      }),
    }
  } catch (error) {
    // A contract agreement a customer record still names may have ended, or belong to a program
    // these credentials cannot read: its subscriptions are unknown, so the listing is incomplete,
    // but the other agreements are still right. Every other failure makes the list wrong: thrown.
    if (isDistributorError(error) && (error.kind === 'not-found' || error.kind === 'forbidden')) {
      return {
        problem: `Contract agreement ${id} could not be read (${error.status ?? error.kind}): ${error.message}`,
      }
    }
    throw error
  }
}

/**
 * Subscriptions hang off tenants, which PRISM lists per contract agreement (docs/distributors.md,
 * [C] Mate365 tenants_subscriptions_info). The agreements are found on the customer records, so one
 * customers call, then one call per agreement, bounded. For one customer only its agreements are read.
 */
export async function listRhipeSubscriptions(
  http: DistributorHttp,
  customerExternalId?: string,
): Promise<Listing<ExternalSubscription>> {
  const everyone = await fetchRhipeCustomers(http)
  const customers = everyone.filter(isEndCustomer)
  const scope =
    customerExternalId === undefined
      ? customers
      : customers.filter((c) => c.CustomerId === customerExternalId)
  if (customerExternalId !== undefined && scope.length === 0) {
    return {
      items: [],
      complete: false,
      problems: [
        `Rhipe no longer lists customer ${customerExternalId}; its subscriptions could not be read.`,
      ],
    }
  }
  const reads = await mapConcurrent(contractAgreementIds(scope), CONCURRENCY, (id) =>
    readAgreement(http, id),
  )
  const items: ExternalSubscription[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  // Tenants are listed per agreement, the partner's own tenant (role 0) among them: only the
  // customers listCustomers lists may own subscriptions, or they would hang off no one.
  const endCustomers = new Set(customers.map((c) => c.CustomerId))
  const partners = new Set(everyone.filter((c) => !isEndCustomer(c)).map((c) => c.CustomerId))
  const strangers = new Set<string>()
  for (const read of reads) {
    if ('problem' in read) {
      problems.push(read.problem)
      continue
    }
    for (const tenant of read.tenants) {
      if (customerExternalId !== undefined && tenant.CustomerId !== customerExternalId) continue
      if (!endCustomers.has(tenant.CustomerId)) {
        if (!partners.has(tenant.CustomerId)) strangers.add(tenant.CustomerId)
        continue
      }
      for (const subscription of tenant.Subscriptions ?? []) {
        // A tenant can sit under more than one agreement; a subscription is counted once.
        if (seen.has(subscription.SubscriptionId)) continue
        seen.add(subscription.SubscriptionId)
        items.push(normaliseRhipeSubscription(subscription, tenant.CustomerId))
      }
    }
  }
  const complete = problems.length === 0
  for (const id of strangers) {
    problems.push(
      `Rhipe lists a tenant of customer ${id}, who is not in its customer list; its subscriptions were left out.`,
    )
  }
  return { items, complete, problems }
}
