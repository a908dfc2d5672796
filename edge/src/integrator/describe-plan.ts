import type { Plan } from '@seatkeeper/core'

/**
 * One sentence for Sync now and the log: what the run changed and what it held back. `upstream`
 * is the connection's system by name ("HaloPSA"), so a PSA's unchanged refresh says where.
 */
export function describePlan(plan: Plan, upstream = 'the PSA'): string {
  const s = plan.summary
  if (plan.kind === 'billing-import') {
    const b = s.billingLines ?? { create: 0, update: 0, skipped: 0, deactivate: 0 }
    const parts = [
      `${b.create} billing lines imported, ${b.update} updated, ${b.deactivate} made inactive`,
    ]
    if (plan.operations.length === 0) parts.unshift(`Nothing changed in ${upstream}`)
    if (b.skipped > 0)
      parts.push(`${b.skipped} skipped (unmapped companies or lines the register cannot keep)`)
    return `${parts.join('; ')}.`
  }
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
