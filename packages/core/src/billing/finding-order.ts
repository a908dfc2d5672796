import type { Finding } from './finding'

// Sort keys are doubles: a number below 2^32 (a fingerprint's first 8 hex digits) or 2^31 (an
// amount in cents + 1, 21 million a month) times SLOTS, plus a position below SLOTS: exact, as
// 2^32 × 2^21 = 2^53. Beyond these bounds, the comparator.
const SLOTS = 2 ** 21
const RANKS = 2 ** 31

const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const amount = (f: Finding) => (f.monthlyImpact === undefined ? -1 : Math.abs(f.monthlyImpact))
const byAmountThenId = (a: Finding, b: Finding) => amount(b) - amount(a) || byId(a, b)

/**
 * |monthlyImpact| descending, no amount last, then id. Most findings share their amount with
 * others, and a comparator over tens of thousands of objects was the slowest part of reconcile:
 * instead, two native sorts of numbers. First by id (a fingerprint, "fnd_" and 16 hex digits, read
 * by its first 8 digits; the rare ids sharing those are compared whole), then by amount in cents
 * with the place in id order breaking ties.
 */
export function byImpact(findings: Finding[]): Finding[] {
  const n = findings.length
  if (n > SLOTS) return [...findings].sort(byAmountThenId)
  const keys = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const prefix = fingerprintPrefix((findings[i] as Finding).id)
    if (prefix === undefined) return [...findings].sort(byAmountThenId)
    keys[i] = prefix * SLOTS + i
  }
  const inIdOrder = sortedByKeys(findings, keys)
  sortTies(inIdOrder, keys, byId)

  for (let i = 0; i < n; i++) {
    const impact = (inIdOrder[i] as Finding).monthlyImpact
    const rank = impact === undefined ? 0 : Math.round(Math.abs(impact) * 100) + 1
    if (rank >= RANKS) return [...findings].sort(byAmountThenId)
    keys[i] = (RANKS - rank) * SLOTS + i
  }
  return sortedByKeys(inIdOrder, keys)
}

/** `items` in the order of `keys` (each a number × SLOTS + the item's position), sorting `keys`. */
function sortedByKeys(items: readonly Finding[], keys: Float64Array): Finding[] {
  keys.sort()
  return Array.from(keys, (key) => items[key % SLOTS] as Finding)
}

/** Sorts each run of `sorted` whose keys share their number with `compare`. */
function sortTies(
  sorted: Finding[],
  keys: Float64Array,
  compare: (a: Finding, b: Finding) => number,
): void {
  for (let start = 0; start < sorted.length;) {
    const number = Math.floor((keys[start] as number) / SLOTS)
    let end = start + 1
    while (end < sorted.length && Math.floor((keys[end] as number) / SLOTS) === number) end++
    if (end - start > 1) {
      const run = sorted.slice(start, end).sort(compare)
      for (let i = start; i < end; i++) sorted[i] = run[i - start] as Finding
    }
    start = end
  }
}

const PREFIX = 'fnd_'

/**
 * The first 8 hex digits of a fingerprint ("fnd_" and 16 lowercase hex digits, as stableId writes
 * it) as a number: in the same order as the ids. Undefined for any other id.
 */
function fingerprintPrefix(id: string): number | undefined {
  if (id.length !== PREFIX.length + 16 || !id.startsWith(PREFIX)) return undefined
  let n = 0
  for (let i = PREFIX.length; i < PREFIX.length + 8; i++) {
    const c = id.charCodeAt(i)
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1
    if (digit < 0) return undefined
    n = n * 16 + digit
  }
  return n
}
