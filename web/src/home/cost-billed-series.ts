import { compareText } from '@seatkeeper/core'
import type { BookRow } from './distributor-book'

/** One chart: the distributors with money in `currency`, and their monthly cost and billed. */
export type CostBilledSeries = {
  currency: string
  distributors: string[]
  cost: number[]
  billed: number[]
}

/**
 * Cost against billed per distributor, one chart per currency (amounts in two currencies are
 * never drawn on one scale), each with only the distributors that have money in it.
 */
export function costBilledSeries(rows: readonly BookRow[]): CostBilledSeries[] {
  const currencies = new Set<string>()
  for (const row of rows)
    for (const currency of [...Object.keys(row.cost), ...Object.keys(row.billed)])
      currencies.add(currency)
  return [...currencies].sort(compareText).flatMap((currency) => {
    const having = rows.filter(
      (row) => (row.cost[currency] ?? 0) !== 0 || (row.billed[currency] ?? 0) !== 0,
    )
    if (having.length === 0) return []
    return [
      {
        currency,
        distributors: having.map((row) => row.distributor),
        cost: having.map((row) => row.cost[currency] ?? 0),
        billed: having.map((row) => row.billed[currency] ?? 0),
      },
    ]
  })
}
