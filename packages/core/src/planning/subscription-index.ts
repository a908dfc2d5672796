import type { Register, Subscription } from '../model/register'
import { hashId } from '../support/id-hash'

/**
 * The connection's register subscriptions by the distributor's id, as positions in
 * `register.subscriptions`. Positions rather than records let a pass flag what it saw in a typed
 * array: a Set of 100k records cost 15–20 ms per daily sync to fill and query.
 */
export type SubscriptionIndex = {
  subscriptions: readonly Subscription[]
  /** The position of the record a distributor id refers to; undefined when there is none. */
  positionOf(externalId: string): number | undefined
  /** False when a distributor id is held twice (applyPlan never writes that). */
  unique: boolean
  /**
   * Calls `visit` once per distributor id, in the order the ids first appear in the register. An
   * id held twice keeps its first place and its later record.
   */
  forEachPosition(visit: (position: number) => void): void
}

/*
 * An open-addressing table over typed arrays rather than a Map of 400k ids. A Map spent its time
 * waiting on memory and on the garbage collector: 400k entries took 170 ms to fill at 4× (25 ms of
 * it copying the young tables), 5.6× the time for 100k. Here the table is an Int32Array of slots
 * holding indexes into `positions`, with each id's 32-bit hash beside it, so a probe compares
 * numbers and touches an id string only when the hashes agree. 400k ids: 80 ms, none of it GC.
 * Not a StringTable: that keeps its own array of the keys, and filling it with 400k ids made the
 * index 18 → 22 ms at 1× and 79 → 100 ms at 4×; here the ids are read back through the records.
 */
export function indexSubscriptions(register: Register, connectionId: string): SubscriptionIndex {
  const subscriptions = register.subscriptions
  // The connection's records: positions and the hashes of their ids, read once in register order.
  const positions = new Int32Array(subscriptions.length)
  const hashes = new Int32Array(subscriptions.length)
  let count = 0
  for (let position = 0; position < subscriptions.length; position++) {
    const s = subscriptions[position] as Subscription
    if (s.connectionId !== connectionId) continue
    hashes[count] = hashId(s.externalId)
    positions[count++] = position
  }
  const idAt = (i: number) => (subscriptions[positions[i] as number] as Subscription).externalId

  // At most half full, so a probe rarely walks more than a slot or two.
  let size = 16
  while (size < count * 2) size *= 2
  const mask = size - 1
  const slots = new Int32Array(size).fill(-1)
  let unique = true
  for (let i = 0; i < count; i++) {
    const h = hashes[i] as number
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const j = slots[slot] as number
      if (j === -1) {
        slots[slot] = i
        break
      }
      if (hashes[j] === h && idAt(j) === idAt(i)) {
        // Held twice: the later record answers for the id, as a Map would keep the last set.
        unique = false
        slots[slot] = i
        break
      }
    }
  }

  const positionOf = (externalId: string): number | undefined => {
    const h = hashId(externalId)
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const j = slots[slot] as number
      if (j === -1) return undefined
      if (hashes[j] === h && idAt(j) === externalId) return positions[j] as number
    }
  }
  return {
    subscriptions,
    positionOf,
    unique,
    forEachPosition(visit) {
      if (unique) {
        for (let i = 0; i < count; i++) visit(positions[i] as number)
        return
      }
      // With repeated ids only a table over all of them knows the first place and the last record.
      const all = new Map<string, number>()
      for (let i = 0; i < count; i++) all.set(idAt(i), positions[i] as number)
      all.forEach(visit)
    },
  }
}
