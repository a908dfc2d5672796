/*
 * A key (a name word, a domain, even a full name) that more than this many register customers
 * share cannot single anyone out, and following it would make suggesting quadratic: a register of
 * 20,000 where "services" appears 3,000 times would score 3,000 pairs per distributor customer.
 */
export const MAX_CUSTOMERS_PER_KEY = 50

/**
 * For each key number, the positions filed under it (the first MAX_CUSTOMERS_PER_KEY, in filing
 * order) and how many were filed in all. Chains through typed arrays rather than an array per
 * key: a 4× register has ~200k keys, nearly all held by one customer, and as many small arrays
 * took a Map lookup each to find and were copied by every young-generation collection.
 */
export class PositionLists {
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

  /** How many positions were filed under `key`, including those past MAX_CUSTOMERS_PER_KEY. */
  count(key: number): number {
    return key < 0 || key >= this.counts.length ? 0 : (this.counts[key] as number)
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
