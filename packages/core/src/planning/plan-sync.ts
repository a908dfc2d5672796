import { mappingsOf } from '../mapping/mapping-index'
import type { ExternalCustomer, ExternalSubscription } from '../model/external'
import type { ListingSnapshot } from '../model/listing'
import type { Plan } from '../model/plan'
import type { Register } from '../model/register'
import type { ConnectionRef, ConnectionSettings } from '../model/settings'
import { customerOperations, type CustomerLookup } from './customer-operations'
import { judgeRemovals, quarantineEntry } from './deletion-guard'
import { PlanBuilder } from './plan-builder'
import { SubscriptionIndex } from './subscription-index'
import { isRemoved, removalOperation, subscriptionOperations } from './subscription-operations'

export type SyncInput = {
  connection: ConnectionRef
  listing: {
    customers: ListingSnapshot<ExternalCustomer>
    subscriptions: ListingSnapshot<ExternalSubscription>
  }
  register: Register
  settings: ConnectionSettings
}

/**
 * The integrator's daily plan (DESIGN.md §1.6): all customers and all subscriptions whatever the
 * manual scope, removals for deleted or (in a complete listing) missing subscriptions, and the
 * deletion guard that quarantines removals from an empty or sharply shorter listing.
 */
export function planSync(input: SyncInput): Plan {
  const { connection, listing, register, settings } = input
  const integrator = settings.integrator
  const builder = new PlanBuilder()

  let customerOf: CustomerLookup
  if (integrator.entities.customers) {
    customerOf = customerOperations(
      connection,
      listing.customers.items,
      register,
      settings.customerImport,
      builder,
    )
  } else {
    const mapped = new Map<string, string>()
    for (const [externalId, m] of mappingsOf(register, connection.id))
      mapped.set(externalId, m.customerId)
    customerOf = mapped
  }

  if (integrator.entities.subscriptions) {
    const options = {
      setPriceAndCost: settings.subscriptionImport.setPriceAndCost,
      deactivateDeleted: integrator.deactivateDeleted,
    }
    const index = new SubscriptionIndex(register, connection.id)
    const removals = subscriptionOperations(
      connection,
      listing.subscriptions.items,
      customerOf,
      options,
      builder,
      index,
    )
    // Absent from the listing means deleted only when the listing is known to be whole.
    if (listing.subscriptions.complete) {
      for (const subscription of index.unlisted()) {
        if (isRemoved(subscription, options.deactivateDeleted)) continue
        removals.push({
          operation: removalOperation(
            subscription,
            'missing-from-listing',
            options.deactivateDeleted,
          ),
          subscription,
        })
      }
    }
    const live = index.all().filter((s) => !isRemoved(s, options.deactivateDeleted)).length
    const verdict = judgeRemovals(
      removals.length,
      live,
      listing.subscriptions.items.length,
      integrator.deletionGuardShare,
      connection.distributorLabel,
    )
    for (const { operation, subscription } of removals) {
      if (verdict.hold) builder.hold(quarantineEntry(operation, subscription, verdict.reason))
      else builder.add(operation)
    }
  }
  return builder.build('sync', connection.id, register.version)
}
