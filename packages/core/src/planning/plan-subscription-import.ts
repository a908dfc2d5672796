import { mappingsOf } from '../mapping/mapping-index'
import type { ExternalSubscription } from '../model/external'
import type { Plan } from '../operations/plan'
import type { Register } from '../model/register'
import type { ConnectionRef, SubscriptionImportOptions } from '../model/settings'
import { PlanBuilder } from './plan-builder'
import { PlanInputError } from '../operations/plan-errors'
import { SubscriptionIndex } from './subscription-index'
import { subscriptionOperations } from './subscription-operations'

export type SubscriptionImportInput = {
  connection: ConnectionRef
  externalSubscriptions: readonly ExternalSubscription[]
  register: Register
  options: SubscriptionImportOptions
}

/** Import Subscriptions for all mapped customers, or one (docs/core-rules.md). */
export function planSubscriptionImport(input: SubscriptionImportInput): Plan {
  const { connection, register, options } = input
  if (
    options.customerId !== undefined &&
    !register.customers.some((c) => c.id === options.customerId)
  ) {
    throw new PlanInputError(
      'customerId',
      `The customer chosen for this import (${options.customerId}) is not in the register. Pick a customer from the list, or import for all customers.`,
    )
  }
  const customerOf = new Map<string, string>()
  for (const [externalId, mapping] of mappingsOf(register, connection.id)) {
    customerOf.set(externalId, mapping.customerId)
  }
  const builder = new PlanBuilder()
  const removals = subscriptionOperations(
    connection,
    input.externalSubscriptions,
    customerOf,
    options,
    builder,
    new SubscriptionIndex(register, connection.id),
  )
  // A manual import applies explicit deletions directly: the person reads the preview first.
  for (const removal of removals) builder.add(removal.operation)
  return builder.build('subscription-import', connection.id, register.version)
}
