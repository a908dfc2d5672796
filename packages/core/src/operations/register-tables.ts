import { mappingKey } from '../mapping/mapping-index'
import type { BillingLine, Dismissal } from '../model/billing'
import type { Customer, Mapping, Register, Subscription, TopLevel } from '../model/register'

/**
 * Records by key, keeping the register's order and appending new ones. The index is built on first
 * use: a run that renames one customer does not index 100,000 subscriptions (on the page that was
 * most of applying it), and a table no operation changed is handed back as it was.
 */
export class Table<T> {
  readonly #source: readonly T[]
  readonly #key: (row: T) => string
  #rows: Map<string, T> | undefined
  #changed = false
  private readonly touched = new Set<string>()

  constructor(rows: readonly T[], key: (row: T) => string) {
    this.#source = rows
    this.#key = key
  }
  get #index(): Map<string, T> {
    if (!this.#rows) {
      this.#rows = new Map()
      for (const row of this.#source) this.#rows.set(this.#key(row), row)
    }
    return this.#rows
  }
  get(key: string): T | undefined {
    return this.#index.get(key)
  }
  has(key: string): boolean {
    return this.#index.has(key)
  }
  set(key: string, row: T): void {
    this.#index.set(key, row)
    this.#changed = true
  }
  delete(key: string): boolean {
    const deleted = this.#index.delete(key)
    if (deleted) this.#changed = true
    return deleted
  }
  /** True the first time a record is changed in this run: its version goes up once per run. */
  firstTouch(key: string): boolean {
    if (this.touched.has(key)) return false
    this.touched.add(key)
    return true
  }
  values(): T[] {
    return this.#changed ? [...this.#index.values()] : [...this.#source]
  }
  get size(): number {
    return this.#index.size
  }
}

/** The register's tables, as working copies the operations of one run change. */
export class RegisterTables {
  readonly topLevels: Table<TopLevel>
  readonly customers: Table<Customer>
  readonly subscriptions: Table<Subscription>
  readonly mappings: Table<Mapping>
  readonly billingLines: Table<BillingLine>
  readonly dismissals: Table<Dismissal>

  constructor(register: Register) {
    this.topLevels = new Table(register.topLevels, (t) => t.id)
    this.customers = new Table(register.customers, (c) => c.id)
    this.subscriptions = new Table(register.subscriptions, (s) => s.id)
    this.mappings = new Table(register.mappings, (m) =>
      mappingKey(m.connectionId, m.externalCustomerId),
    )
    this.billingLines = new Table(register.billingLines, (l) => l.id)
    this.dismissals = new Table(register.dismissals, (d) => d.findingId)
  }
}

/**
 * How many records point at each customer, top level and billing line, so a removal never leaves a dangling
 * reference. Counted from the tables when first needed, then moved along with every change.
 */
export class References {
  readonly customersOfTopLevel = new Map<string, number>()
  readonly subscriptionsOfCustomer = new Map<string, number>()
  readonly mappingsOfCustomer = new Map<string, number>()
  readonly linesOfCustomer = new Map<string, number>()
  readonly subscriptionsOfLine = new Map<string, number>()

  constructor(tables: RegisterTables) {
    for (const c of tables.customers.values())
      this.move(this.customersOfTopLevel, undefined, c.topLevelId)
    for (const s of tables.subscriptions.values())
      this.move(this.subscriptionsOfCustomer, undefined, s.customerId)
    for (const m of tables.mappings.values())
      this.move(this.mappingsOfCustomer, undefined, m.customerId)
    for (const l of tables.billingLines.values())
      this.move(this.linesOfCustomer, undefined, l.customerId)
    for (const s of tables.subscriptions.values())
      this.move(this.subscriptionsOfLine, undefined, s.billingLineId)
  }

  count(counts: Map<string, number>, id: string): number {
    return counts.get(id) ?? 0
  }

  /** One reference leaves `from` and goes to `to` (either may be none). */
  move(counts: Map<string, number>, from: string | undefined, to: string | undefined): void {
    if (from === to) return
    if (from) counts.set(from, this.count(counts, from) - 1)
    if (to) counts.set(to, this.count(counts, to) + 1)
  }
}
