import type { Finding } from './finding'

// Sort keys: (RANKS − rank) × SLOTS + index, where rank is the amount in cents + 1 (0 without one).
// Exact in a double up to 2^31 ranks (21 million a month) and 2^21 findings; beyond, the comparator.
const SLOTS = 2 ** 21
const RANKS = 2 ** 31

const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * |monthlyImpact| descending, no amount last, then id. The amounts are cents, so they sort as
 * numbers in one native pass; only findings of the same amount are compared, by id.
 */
export function byImpact(findings: Finding[]): Finding[] {
  const keys = new Float64Array(findings.length)
  let exact = findings.length <= SLOTS
  for (let i = 0; i < findings.length && exact; i++) {
    const impact = (findings[i] as Finding).monthlyImpact
    const rank = impact === undefined ? 0 : Math.round(Math.abs(impact) * 100) + 1
    exact = rank < RANKS
    keys[i] = (RANKS - rank) * SLOTS + i
  }
  if (!exact) {
    const amount = (f: Finding) => (f.monthlyImpact === undefined ? -1 : Math.abs(f.monthlyImpact))
    return [...findings].sort((a, b) => amount(b) - amount(a) || byId(a, b))
  }
  keys.sort()
  const sorted = Array.from(keys, (key) => findings[key % SLOTS] as Finding)
  for (let start = 0; start < sorted.length;) {
    const rank = Math.floor((keys[start] as number) / SLOTS)
    let end = start + 1
    while (end < sorted.length && Math.floor((keys[end] as number) / SLOTS) === rank) end++
    if (end - start > 1) {
      const same = sorted.slice(start, end).sort(byId)
      for (let i = start; i < end; i++) sorted[i] = same[i - start] as Finding
    }
    start = end
  }
  return sorted
}
