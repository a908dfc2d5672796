import type { Quarantined } from '../operations/plan'
import type { PlanOperation } from '../operations/operation'
import type { Subscription } from '../model/register'

export type GuardVerdict = { hold: false } | { hold: true; reason: string }

/**
 * Decides whether a sync's removals may be applied. A listing that came back empty, or that would
 * remove more than `share` of the connection's live subscriptions, is far more often a bad night at
 * the distributor than a customer cancelling everything — so those removals wait for a person.
 */
export function judgeRemovals(
  removals: number,
  live: number,
  listed: number,
  share: number,
  distributorLabel: string,
): GuardVerdict {
  if (removals === 0) return { hold: false }
  if (listed === 0) {
    return {
      hold: true,
      reason: `${distributorLabel} returned no subscriptions at all while ${live} are live here; nothing was removed. Release these if the account really is empty.`,
    }
  }
  if (removals > share * live) {
    const percent = Math.round((removals / Math.max(live, 1)) * 100)
    return {
      hold: true,
      reason: `This run would remove ${removals} of ${live} live subscriptions (${percent}%), more than the ${Math.round(share * 100)}% allowed in one run; nothing was removed. Check the account at ${distributorLabel}, then release these or leave them.`,
    }
  }
  return { hold: false }
}

export function quarantineEntry(
  operation: PlanOperation,
  subscription: Subscription,
  reason: string,
): Quarantined {
  return {
    subscriptionId: subscription.id,
    externalId: subscription.externalId,
    name: subscription.name,
    customerId: subscription.customerId,
    reason,
    operation,
  }
}
