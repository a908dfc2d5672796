import { mappingsOf } from '../mapping/mapping-index'
import type { ExternalCustomer, ExternalSubscription } from '../model/external'
import type { ListingSnapshot } from '../model/listing'
import type { Plan } from '../operations/plan'
import type { Register } from '../model/register'
import type { ConnectionRef, ConnectionSettings } from '../model/settings'
import { customerOperations, type CustomerLookup } from './customer-operations'
import { judgeRemovals, quarantineEntry } from './deletion-guard'
import { PlanBuilder } from './plan-builder'
import { SubscriptionIndex } from './subscription-index'
import {
  isRemoved,
  markMissingOperation,
  removalOperation,
  subscriptionOperations,
  type Removal,
} from './subscription-operations'

export type SyncInput = {
  connection: ConnectionRef
  listing: {
    customers: ListingSnapshot<ExternalCustomer>
    subscriptions: ListingSnapshot<ExternalSubscription>
  }
  register: Register
  settings: ConnectionSettings
  /** The run's day (YYYY-MM-DD, UTC): what "missing since" records and a later day confirms. */
  today: string
}

/**
 * The integrator's daily plan (docs/core-rules.md): all customers and all subscriptions whatever the
 * manual scope, removals for deleted subscriptions, and for missing ones a removal that needs
 * confirming: the first complete listing that leaves a subscription out marks it missing since
 * today, and only a complete listing of a later day that still leaves it out removes it. The
 * deletion guard quarantines the removals (and marks) of an empty or sharply shorter listing.
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
    // Absent from the listing means missing only when the listing is known to be whole.
    const marks: Removal[] = []
    if (listing.subscriptions.complete) {
      for (const subscription of index.unlisted()) {
        if (isRemoved(subscription, options.deactivateDeleted)) continue
        const since = subscription.missingSince
        if (since === undefined) {
          marks.push({ operation: markMissingOperation(subscription, input.today), subscription })
        } else if (since < input.today) {
          removals.push({
            operation: removalOperation(
              subscription,
              'missing-from-listing',
              options.deactivateDeleted,
            ),
            subscription,
          })
        } else builder.summary.subscriptions.unchanged++
      }
    }
    const live = index.all().filter((s) => !isRemoved(s, options.deactivateDeleted)).length
    // A mark counts toward the guard as the removal it may become: an empty or much shorter
    // listing is held for a person on its first run, as before marks existed.
    const verdict = judgeRemovals(
      removals.length + marks.length,
      live,
      listing.subscriptions.items.length,
      integrator.deletionGuardShare,
      connection.distributorLabel,
    )
    if (verdict.hold) {
      for (const { operation, subscription } of removals)
        builder.hold(quarantineEntry(operation, subscription, verdict.reason))
      for (const { subscription } of marks) {
        const removal = removalOperation(
          subscription,
          'missing-from-listing',
          options.deactivateDeleted,
        )
        builder.hold(quarantineEntry(removal, subscription, verdict.reason))
      }
    } else {
      for (const { operation } of [...removals, ...marks]) builder.add(operation)
    }
  }
  return builder.build('sync', connection.id, register.version)
}
