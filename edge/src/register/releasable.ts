import { sameValue, type Quarantined, type Register } from '@seatkeeper/core'

/**
 * Why a held removal can no longer be released as it was planned (the subscription is gone, or a
 * later run changed a field the removal would overwrite); undefined when it still applies.
 */
export function releasable(register: Register, item: Quarantined): string | undefined {
  const subscription = register.subscriptions.find((s) => s.id === item.subscriptionId)
  if (!subscription)
    return `Subscription ${item.name} is no longer in the register, so there is nothing to release. Choose Keep to drop it.`
  const operation = item.operation
  if (!('before' in operation) || operation.op === 'removeMapping') return undefined
  for (const [field, was] of Object.entries(operation.before)) {
    if (!sameValue((subscription as Record<string, unknown>)[field], was)) {
      return `Subscription ${item.name} changed since the sync held this removal back (its ${field} is no longer what the sync saw). Choose Keep to drop it; the next sync decides again.`
    }
  }
  return undefined
}
