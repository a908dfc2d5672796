import * as v from 'valibot'
import { IsoDateSchema } from '../model/external'
import type { Operation } from '../operations/operation'

/** What a reconciliation is run with (DESIGN §3.4). */
export const ReconcileSettingsSchema = v.object({
  /** The lowest margin a line may keep, as a share of its price (0.15 = 15 %); off when unset. */
  marginFloor: v.optional(
    v.pipe(
      v.number('The margin floor must be a number.'),
      v.minValue(0, 'The margin floor must be 0 % or more.'),
      v.maxValue(0.99, 'The margin floor must be 99 % or less.'),
    ),
  ),
  /** The day lines and subscriptions are judged on (YYYY-MM-DD); today when unset. */
  today: v.optional(IsoDateSchema),
})
export type ReconcileSettings = v.InferOutput<typeof ReconcileSettingsSchema>

export const FINDING_KINDS = [
  'unbilled',
  'under-billed',
  'over-billed',
  'billed-after-cancellation',
  'bills-trial',
  'below-cost',
  'margin-below-floor',
  'currency-mismatch',
] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

/** One place where what the MSP bills has drifted from what the distributors charge. */
export type Finding = {
  /** Stable fingerprint of the kind, the line, the subscriptions and the numbers involved. */
  id: string
  kind: FindingKind
  customerId: string
  lineId?: string
  subscriptionIds: string[]
  distributorQuantity?: number
  billedQuantity?: number
  /** Money per month in `currency`: > 0 not collected (leakage), < 0 overcharged. */
  monthlyImpact?: number
  currency?: string
  /** Why, in words a person reads. */
  reasons: string[]
  /** What approving it applies: operations of the one change model. */
  operations: Operation[]
}

export type CurrencyTotals = {
  /** Σ positive monthly impacts. */
  leakage: number
  /** Σ negative monthly impacts (≤ 0). */
  overcharge: number
  counts: Record<FindingKind, number>
}

export type ReconcileTotals = {
  byCurrency: Record<string, CurrencyTotals>
  /** Findings per kind over every currency (and those without one). */
  counts: Record<FindingKind, number>
}

export type Reconciliation = { findings: Finding[]; totals: ReconcileTotals }

/** Zero of every kind. */
export function emptyCounts(): Record<FindingKind, number> {
  return Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>
}
