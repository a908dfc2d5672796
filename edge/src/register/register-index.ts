import type { Customer, Register, Subscription } from '@seatkeeper/core'

/**
 * What removing a record needs to know quickly: the records by id, and how many records still
 * point at a customer or a top level (a removal must not leave a dangling reference).
 */
export class RegisterIndex {
  readonly topLevels: Set<string>
  readonly customers: Map<string, Customer>
  readonly subscriptions: Map<string, Subscription>
  readonly customersOfTopLevel = new Map<string, number>()
  readonly subscriptionsOfCustomer = new Map<string, number>()
  readonly mappingsOfCustomer = new Map<string, number>()

  constructor(register: Register) {
    this.topLevels = new Set(register.topLevels.map((t) => t.id))
    this.customers = new Map(register.customers.map((c) => [c.id, c]))
    this.subscriptions = new Map(register.subscriptions.map((s) => [s.id, s]))
    for (const c of register.customers)
      if (c.topLevelId) this.add(this.customersOfTopLevel, c.topLevelId)
    for (const s of register.subscriptions) this.add(this.subscriptionsOfCustomer, s.customerId)
    for (const m of register.mappings) this.add(this.mappingsOfCustomer, m.customerId)
  }

  count(counts: Map<string, number>, id: string): number {
    return counts.get(id) ?? 0
  }

  uncount(counts: Map<string, number>, id: string): void {
    counts.set(id, this.count(counts, id) - 1)
  }

  private add(counts: Map<string, number>, id: string): void {
    counts.set(id, this.count(counts, id) + 1)
  }
}
