import type { BillingCycle } from '@seatkeeper/core'

export type ProductIdParts = {
  /** The product without its term and billing segments, e.g. CFQ7TTC0LFLX:0001. */
  sku: string
  termMonths?: number
  billingCycle?: BillingCycle
}

const DURATION = /^P(\d+)([MY])$/

function months(segment: string): number | undefined {
  const match = DURATION.exec(segment)
  if (!match) return undefined
  return Number(match[1]) * (match[2] === 'Y' ? 12 : 1)
}

/** Months between charges → the register's billing cycle. */
export function billingCycleOfMonths(count: number): BillingCycle {
  if (count === 1) return 'monthly'
  if (count === 3) return 'quarterly'
  if (count === 12) return 'annual'
  if (count === 24) return 'biennial'
  if (count === 36) return 'triennial'
  return 'other'
}

/**
 * [I] PRISM subscriptions carry no term field. Their NCE ProductId ends in Microsoft's ISO-8601
 * term and billing durations ("CFQ7TTC0LFLX:0001:P1Y:P1M" = 1-year term billed monthly, per the
 * fixture), so those are read from it; ids without them (Azure plan, non-Microsoft) give none.
 */
export function parseProductId(productId: string): ProductIdParts {
  const segments = productId.split(':')
  const durations: number[] = []
  while (segments.length > 1) {
    const last = segments[segments.length - 1] ?? ''
    const count = months(last)
    if (count === undefined) break
    durations.unshift(count)
    segments.pop()
  }
  const parts: ProductIdParts = { sku: segments.join(':') }
  const [term, billing] = durations
  if (term !== undefined) parts.termMonths = term
  if (billing !== undefined) parts.billingCycle = billingCycleOfMonths(billing)
  return parts
}
