import type { Register, Subscription } from '../model/register'
import { StringTable } from '../support/string-table'

/**
 * One connection's register subscriptions by the distributor's id, and which of them a listing
 * named. A sync asks it three things: the record behind a listed id, whether the listing named
 * that id before, and which records the listing never named. The ids are numbered in a
 * StringTable (a typed-array table: a Map of 400k ids spent its time on memory and the garbage
 * collector), and what the listing named sits in a typed array beside it; neither leaves here.
 */
export class SubscriptionIndex {
  private readonly ids: StringTable
  /** The record of each numbered id: an id held twice keeps its first place and its later record. */
  private readonly records: Subscription[] = []
  private readonly listed: Uint8Array
  /** Listed ids the register does not hold yet (2% of a daily listing). */
  private readonly listedNew = new Set<string>()
  /** The number last found (see numberOf). */
  private last = 0

  constructor(register: Register, connectionId: string) {
    const subscriptions = register.subscriptions
    this.ids = new StringTable(subscriptions.length)
    for (const subscription of subscriptions) {
      if (subscription.connectionId === connectionId)
        this.records[this.ids.add(subscription.externalId)] = subscription
    }
    this.listed = new Uint8Array(this.records.length)
  }

  /** The register record of a distributor subscription; undefined when there is none. */
  find(externalId: string): Subscription | undefined {
    const n = this.numberOf(externalId)
    return n === -1 ? undefined : this.records[n]
  }

  /** Notes that the listing named `externalId`; false when it had named it already. */
  markListed(externalId: string): boolean {
    const n = this.numberOf(externalId)
    if (n === -1) {
      if (this.listedNew.has(externalId)) return false
      this.listedNew.add(externalId)
      return true
    }
    if (this.listed[n] === 1) return false
    this.listed[n] = 1
    return true
  }

  /** Every record of the connection, in register order. */
  all(): readonly Subscription[] {
    return this.records
  }

  /** The records the listing never named, in register order. */
  unlisted(): Subscription[] {
    return this.records.filter((_, n) => this.listed[n] !== 1)
  }

  /**
   * The number of a distributor id, -1 when the register does not hold it. Distributors list in a
   * stable order and the register keeps records in the order they were imported, so the record
   * after the last one asked for is tried first (it is the answer for 92% of the benchmark's daily
   * listing), and so is the last one itself (a pass asks for each id twice): each spares a hash
   * lookup into a table too large for the CPU caches.
   */
  private numberOf(externalId: string): number {
    const last = this.last
    if (this.records[last]?.externalId === externalId) return last
    if (this.records[last + 1]?.externalId === externalId) return (this.last = last + 1)
    const n = this.ids.find(externalId)
    if (n !== -1) this.last = n
    return n
  }
}
