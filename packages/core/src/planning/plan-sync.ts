import { mappingsOf } from '../mapping/mapping-index'
import type { ExternalCustomer, ExternalSubscription } from '../model/external'
import type { ListingSnapshot } from '../model/listing'
import type { Plan } from '../model/plan'
import type { Register, Subscription } from '../model/register'
import type { ConnectionRef, ConnectionSettings } from '../model/settings'
import { customerOperations, type CustomerLookup } from './customer-operations'
import { judgeRemovals, quarantineEntry } from './deletion-guard'
import { PlanBuilder } from './plan-builder'
import { indexSubscriptions } from './subscription-index'
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
    const index = indexSubscriptions(register, connection.id)
    const { listed, liveListed, removals } = subscriptionOperations(
      connection,
      listing.subscriptions.items,
      register,
      customerOf,
      options,
      builder,
      index,
    )
    const removed = [...removals]
    // The pass counted the listed ones as it read them; only the rest are read again here (at 4×
    // a second read of 400k records cost ~20 ms, the register being far larger than the caches).
    let live = liveListed
    index.forEachPosition((position) => {
      if (listed[position] === 1) return
      const subscription = index.subscriptions[position] as Subscription
      if (isRemoved(subscription, options.deactivateDeleted)) return
      live++
      // Absent from the listing means deleted only when the listing is known to be whole.
      if (listing.subscriptions.complete) {
        removed.push({
          operation: removalOperation(
            subscription,
            'missing-from-listing',
            options.deactivateDeleted,
          ),
          subscription,
        })
      }
    })
    const verdict = judgeRemovals(
      removed.length,
      live,
      listing.subscriptions.items.length,
      integrator.deletionGuardShare,
      connection.distributorLabel,
    )
    for (const { operation, subscription } of removed) {
      if (verdict.hold) builder.hold(quarantineEntry(operation, subscription, verdict.reason))
      else builder.add(operation)
    }
  }
  return builder.build('sync', connection.id, register.version)
}
