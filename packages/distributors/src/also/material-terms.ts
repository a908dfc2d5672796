import type { BillingCycle } from '@seatkeeper/core'

export type MaterialTerms = { termMonths: number; billingCycle: BillingCycle }

// ALSO exposes no term or billing fields on a subscription; Microsoft NCE material numbers end in
// "-<term>-<billing frequency>" as ISO-8601 periods, e.g. "MS-CFQ7TTC0LCHC-0002-P1Y-P1M" is an
// annual term billed monthly (fixture subscriptions-company-400101.json) [I].
const SUFFIX = /-P(\d+)([MY])-P(\d+)([MY])$/i

function months(count: string, unit: string): number {
  return Number(count) * (unit.toUpperCase() === 'Y' ? 12 : 1)
}

function cycle(everyMonths: number): BillingCycle {
  switch (everyMonths) {
    case 1:
      return 'monthly'
    case 3:
      return 'quarterly'
    case 12:
      return 'annual'
    case 24:
      return 'biennial'
    case 36:
      return 'triennial'
    default:
      return 'other'
  }
}

/** Term and billing cycle from a material number's period suffix; undefined when it has none. */
export function readMaterialTerms(
  materialNumber: string | null | undefined,
): MaterialTerms | undefined {
  const match = SUFFIX.exec(materialNumber?.trim() ?? '')
  if (!match) return undefined
  const [, termCount, termUnit, billCount, billUnit] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ]
  return {
    termMonths: months(termCount, termUnit),
    billingCycle: cycle(months(billCount, billUnit)),
  }
}
