import { compareText, type Register } from '@seatkeeper/core'

/** One subscription the last complete listing left out, as the Integrator tab shows it. */
export type MissingRow = {
  subscriptionId: string
  name: string
  /** A trial: the list tags it, so a trial's removal is not read as a paid subscription's. */
  trial: boolean
  customerName: string
  since: string
  next: string
}

/**
 * The connection's subscriptions marked "missing since" and not yet removed, oldest first, each
 * with what the next sync does to it (docs/core-rules.md "Deletion needs confirming"): a complete
 * listing of a later day that still leaves it out removes it; one that names it keeps it.
 */
export function missingSubscriptions(
  register: Register,
  connectionId: string,
  deactivateDeleted: boolean,
): MissingRow[] {
  const customers = new Map(register.customers.map((c) => [c.id, c.name]))
  const removal = deactivateDeleted ? 'becomes inactive' : 'gets quantity 0'
  return register.subscriptions
    .filter(
      (s) =>
        s.connectionId === connectionId &&
        s.missingSince !== undefined &&
        (deactivateDeleted ? s.active : s.quantity > 0),
    )
    .map((s) => ({
      subscriptionId: s.id,
      name: s.name,
      trial: s.trial === true,
      customerName: customers.get(s.customerId) ?? 'Unknown customer',
      since: s.missingSince as string,
      next: `If a sync on a later day still does not list it, it ${removal}; if the distributor lists it again, it stays as it is.`,
    }))
    .sort((a, b) => compareText(a.since, b.since) || compareText(a.name, b.name))
}
