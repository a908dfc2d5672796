import type { Customer, Register } from '@seatkeeper/core'

/**
 * The register this browser shows, as plain data: a class, not a plain object, so neither
 * TanStack Query's structural sharing nor the Solid store it keeps query results in walks or wraps
 * it (both copy or proxy only plain objects and arrays). It changes only by being replaced.
 */
export class RegisterCopy {
  private customers: Map<string, Customer> | undefined

  constructor(
    readonly register: Register,
    /** When this copy was last known to be the edge's (ISO). */
    readonly refreshedAt: string,
  ) {}

  get version(): number {
    return this.register.version
  }

  /** Customers by id, built on first use. */
  customerById(id: string): Customer | undefined {
    this.customers ??= new Map(this.register.customers.map((c) => [c.id, c]))
    return this.customers.get(id)
  }
}
