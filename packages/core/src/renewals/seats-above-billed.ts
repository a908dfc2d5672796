import { isCounted, takesPart } from '../billing/counted'
import type { BillingLine } from '../model/billing'
import type { Register, Subscription } from '../model/register'

/**
 * For `today`: how many of a subscription's seats the MSP pays for but does not bill, as
 * reconcile counts them. Not on a taking-part line of its customer: all of them. On a line: the
 * seats the line's counted subscriptions hold beyond its free seats and billed quantity, at most
 * this subscription's own. Undefined for a subscription that is not counted (a trial, not
 * billable, not live): whether it is billed is not the question. The register knows no seat
 * usage, so "above what is used" cannot be told here.
 */
export function seatsAboveBilled(
  register: Register,
  today: string,
): (s: Subscription) => number | undefined {
  const lines = new Map<string, BillingLine>()
  for (const line of register.billingLines) if (takesPart(line, today)) lines.set(line.id, line)
  const held = new Map<string, number>()
  const lineOf = (s: Subscription) => {
    const line = s.billingLineId === undefined ? undefined : lines.get(s.billingLineId)
    return line?.customerId === s.customerId ? line : undefined
  }
  for (const s of register.subscriptions) {
    const line = isCounted(s) ? lineOf(s) : undefined
    if (line) held.set(line.id, (held.get(line.id) ?? 0) + s.quantity)
  }
  return (s) => {
    if (!isCounted(s)) return undefined
    const line = lineOf(s)
    if (!line) return s.quantity
    const above = (held.get(line.id) ?? 0) - (line.freeQuantity ?? 0) - line.quantity
    return Math.min(s.quantity, Math.max(0, above))
  }
}
