import { hashId } from './id-hash'

/**
 * Distinct strings numbered 0, 1, 2… in the order they were first added. A Map would do the same,
 * but at the sizes a 4× register brings (30k–400k keys) a Map spends its time waiting on memory
 * and the garbage collector: every probe may touch another key string, and its backing store is
 * copied as it grows. Here the table is typed arrays — open-addressing slots holding numbers, and
 * each key's 32-bit hash — so a probe compares numbers and reads a key string only when the
 * hashes agree, and growing rehashes from the stored hashes without reading a string.
 */
export class StringTable {
  private readonly keys: string[] = []
  private hashes: Int32Array
  private slots: Int32Array
  private mask: number

  constructor(expected = 8) {
    let size = 16
    // At most half full, so a probe rarely walks more than a slot or two.
    while (size < expected * 2) size *= 2
    this.slots = new Int32Array(size).fill(-1)
    this.mask = size - 1
    this.hashes = new Int32Array(Math.max(expected, 8))
  }

  /** How many distinct strings the table holds. */
  get size(): number {
    return this.keys.length
  }

  /** The string numbered `n`. */
  keyAt(n: number): string {
    return this.keys[n] as string
  }

  /** The number of `key`; -1 when the table does not hold it. */
  find(key: string): number {
    const h = hashId(key)
    const { slots, hashes, keys, mask } = this
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const n = slots[slot] as number
      if (n === -1) return -1
      if (hashes[n] === h && keys[n] === key) return n
    }
  }

  /** The number of `key`, numbering it next when the table does not hold it yet. */
  add(key: string): number {
    const h = hashId(key)
    const { slots, hashes, keys, mask } = this
    let slot = h & mask
    for (; ; slot = (slot + 1) & mask) {
      const n = slots[slot] as number
      if (n === -1) break
      if (hashes[n] === h && keys[n] === key) return n
    }
    const n = keys.length
    if (n === hashes.length) {
      const grown = new Int32Array(n * 2)
      grown.set(hashes)
      this.hashes = grown
    }
    this.hashes[n] = h
    keys.push(key)
    slots[slot] = n
    if (keys.length * 2 > slots.length) this.grow()
    return n
  }

  private grow(): void {
    const size = this.slots.length * 2
    const slots = new Int32Array(size).fill(-1)
    const mask = size - 1
    for (let n = 0; n < this.keys.length; n++) {
      let slot = (this.hashes[n] as number) & mask
      while (slots[slot] !== -1) slot = (slot + 1) & mask
      slots[slot] = n
    }
    this.slots = slots
    this.mask = mask
  }
}
