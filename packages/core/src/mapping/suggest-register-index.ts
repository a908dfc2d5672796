import { StringTable } from '../support/string-table'
import type { EvidenceProfile } from './evidence-profile'

/*
 * A key (a name word, a domain, even a full name) that more than this many register customers
 * share cannot single anyone out, and following it would make suggesting quadratic: a register of
 * 20,000 where "services" appears 3,000 times would score 3,000 pairs per distributor customer.
 */
export const MAX_CUSTOMERS_PER_KEY = 50

/** Register customers (by position) reachable from the evidence a distributor customer offers. */
export type RegisterIndex = {
  /** Positions in the order their evidence is listed (tenant, tax id, domain, name, words). */
  candidatesOf(profile: EvidenceProfile): number[]
}

/**
 * For each key number, the positions filed under it (the first MAX_CUSTOMERS_PER_KEY, in filing
 * order) and how many were filed in all. Chains through typed arrays rather than an array per
 * key: a 4× register has ~200k keys, nearly all held by one customer, and as many small arrays
 * took a Map lookup each to find and were copied by every young-generation collection.
 */
class PositionLists {
  private counts: Int32Array = new Int32Array(1024)
  private heads: Int32Array = new Int32Array(1024).fill(-1)
  private tails: Int32Array = new Int32Array(1024)
  private positions: Int32Array = new Int32Array(1024)
  private nexts: Int32Array = new Int32Array(1024)
  private entries = 0

  file(key: number, position: number): void {
    if (key >= this.counts.length) this.growKeys(key)
    const count = ++(this.counts[key] as number)
    if (count > MAX_CUSTOMERS_PER_KEY) return
    const entry = this.entries++
    if (entry === this.positions.length) {
      this.positions = grown(this.positions, entry * 2, 0)
      this.nexts = grown(this.nexts, entry * 2, 0)
    }
    this.positions[entry] = position
    this.nexts[entry] = -1
    if (count === 1) this.heads[key] = entry
    else this.nexts[this.tails[key] as number] = entry
    this.tails[key] = entry
  }

  /** Calls `visit` with each position filed under `key`; not at all when too many share it. */
  forEach(key: number, visit: (position: number) => void): void {
    if (key < 0 || key >= this.counts.length) return
    if ((this.counts[key] as number) > MAX_CUSTOMERS_PER_KEY) return
    for (let entry = this.heads[key] as number; entry !== -1; entry = this.nexts[entry] as number)
      visit(this.positions[entry] as number)
  }

  private growKeys(key: number): void {
    let size = this.counts.length * 2
    while (size <= key) size *= 2
    this.counts = grown(this.counts, size, 0)
    this.heads = grown(this.heads, size, -1)
    this.tails = grown(this.tails, size, 0)
  }
}

function grown(array: Int32Array, size: number, fill: number): Int32Array {
  const next = new Int32Array(size)
  next.set(array)
  if (fill !== 0) next.fill(fill, array.length)
  return next
}

/** One kind of text evidence (tenant id, tax id, domain, normalised name): its keys and their positions. */
class TextKeys {
  private readonly keys = new StringTable(1024)
  private readonly lists = new PositionLists()

  file(value: string | undefined, position: number): void {
    if (value) this.lists.file(this.keys.add(value), position)
  }

  forEach(value: string | undefined, visit: (position: number) => void): void {
    if (value) this.lists.forEach(this.keys.find(value), visit)
  }
}

/**
 * Indexes the register once by tenant id, tax id, domain, normalised name and name word, so each
 * distributor customer is compared with a handful of register customers instead of all of them.
 * The postcode is not a key: it only ever supports other evidence. Words are filed by their number.
 */
export function indexRegister(profiles: readonly EvidenceProfile[]): RegisterIndex {
  const tenantIds = new TextKeys()
  const taxIds = new TextKeys()
  const domains = new TextKeys()
  const names = new TextKeys()
  const words = new PositionLists()
  for (let position = 0; position < profiles.length; position++) {
    const profile = profiles[position] as EvidenceProfile
    tenantIds.file(profile.tenantId, position)
    taxIds.file(profile.taxId, position)
    domains.file(profile.domain, position)
    names.file(profile.normalizedName, position)
    for (const word of profile.wordIds) words.file(word, position)
  }

  // A position is a candidate once per distributor customer: `seenFor[position]` holds the number
  // of the last query that took it, instead of a new Set per query.
  const seenFor = new Uint32Array(profiles.length)
  let query = 0
  let found: number[] = []
  const take = (position: number) => {
    if (seenFor[position] === query) return
    seenFor[position] = query
    found.push(position)
  }
  return {
    candidatesOf(profile) {
      query++
      found = []
      tenantIds.forEach(profile.tenantId, take)
      taxIds.forEach(profile.taxId, take)
      domains.forEach(profile.domain, take)
      names.forEach(profile.normalizedName, take)
      for (const word of profile.wordIds) words.forEach(word, take)
      return found
    },
  }
}
