import type { Plan } from '@seatkeeper/core'

/** One sentence for Sync now and the log: what the run changed and what it held back. */
export function describePlan(plan: Plan): string {
  const s = plan.summary
  const parts = [
    `${s.customers.create} customers created, ${s.customers.update} updated`,
    `${s.subscriptions.create} subscriptions created, ${s.subscriptions.update} updated, ` +
      `${s.subscriptions.deactivate} deactivated, ${s.subscriptions.zero} set to quantity 0`,
  ]
  if (plan.operations.length === 0) parts.unshift('Nothing changed at the distributor')
  if (s.subscriptions.quarantined > 0)
    parts.push(`${s.subscriptions.quarantined} removals held back for review (see Integrator)`)
  return `${parts.join('; ')}.`
}
