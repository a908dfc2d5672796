import { compareText, FINDING_KINDS, type ReconcileTotals } from '@seatkeeper/core'
import { FINDING_KIND_LABELS, reconciliationHref } from '../billing/reconciliation-model'

/** Money at stake a month in one currency: not billed (leakage) and overcharged (as a positive amount). */
export type AtStake = { currency: string; leakage: number; overcharge: number }

/** The reconciliation's money at stake per currency, by currency code. */
export function atStake(totals: ReconcileTotals): AtStake[] {
  return Object.entries(totals.byCurrency)
    .map(([currency, t]) => ({ currency, leakage: t.leakage, overcharge: Math.abs(t.overcharge) }))
    .sort((a, b) => compareText(a.currency, b.currency))
}

/** Each kind some finding has, in the reconciliation's order of kinds, with its count and a link. */
export function findingKinds(
  totals: ReconcileTotals,
): Array<{ kind: string; label: string; count: number; href: string }> {
  return FINDING_KINDS.filter((kind) => totals.counts[kind] > 0).map((kind) => ({
    kind,
    label: FINDING_KIND_LABELS[kind],
    count: totals.counts[kind],
    href: reconciliationHref({ kind }),
  }))
}
