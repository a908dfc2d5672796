import { suggestMappings } from '@seatkeeper/core'
import { printTable } from './measure'
import { generateSuggestBook, type BookKind } from './suggest-book'

type Tally = {
  cases: number
  withTruth: number
  top1: number
  rightHighs: number
  falseHighs: number
}

/**
 * Suggestion quality on the generated book: per kind of variation, recall@1 (the true register
 * customer ranked first, over the cases that have one), how many cases got a right high candidate,
 * and false highs (a high candidate that is not the truth) — which must be 0.
 */
export function benchSuggestQuality(): boolean {
  const book = generateSuggestBook()
  console.log(
    `\n== Suggestion quality: generated book, ${book.register.customers.length} register / ${book.cases.length} distributor customers`,
  )
  const suggestions = suggestMappings(
    'book',
    book.cases.map((c) => c.external),
    book.register,
  )
  const byExternal = new Map(suggestions.map((s) => [s.externalId, s.candidates]))
  const tallies = new Map<BookKind | 'all', Tally>()
  const tally = (kind: BookKind | 'all') => {
    let t = tallies.get(kind)
    if (!t)
      tallies.set(kind, (t = { cases: 0, withTruth: 0, top1: 0, rightHighs: 0, falseHighs: 0 }))
    return t
  }
  for (const { external, kind, truth } of book.cases) {
    const candidates = byExternal.get(external.externalId) ?? []
    for (const t of [tally(kind), tally('all')]) {
      t.cases++
      if (truth !== null) t.withTruth++
      if (truth !== null && candidates[0]?.customerId === truth) t.top1++
      if (candidates.some((c) => c.high && c.customerId === truth)) t.rightHighs++
      if (candidates.some((c) => c.high && c.customerId !== truth)) t.falseHighs++
    }
  }
  const percent = (part: number, whole: number) =>
    whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`
  const rows = [...tallies].map(([kind, t]) => [
    kind,
    String(t.cases),
    t.withTruth === 0 ? '—' : `${percent(t.top1, t.withTruth)} (${t.top1}/${t.withTruth})`,
    t.withTruth === 0 ? '—' : `${t.rightHighs}/${t.withTruth}`,
    String(t.falseHighs),
  ])
  rows.push(
    rows.splice(
      rows.findIndex((row) => row[0] === 'all'),
      1,
    )[0] as string[],
  )
  printTable(['kind', 'cases', 'recall@1', 'right highs', 'false highs'], rows)
  const falseHighs = tallies.get('all')?.falseHighs ?? 0
  console.log(`target no false high: ${falseHighs} ${falseHighs === 0 ? 'MET' : 'MISSED'}`)
  return falseHighs === 0
}
