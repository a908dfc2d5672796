import { mappingKey } from '../mapping/mapping-index'
import type { Plan } from '../model/plan'
import type { Customer, Mapping, Register, Subscription } from '../model/register'
import { applyChange } from './field-diff'
import { PlanApplyError, PlanConflictError } from './plan-errors'

/** Records by id, keeping the register's order and appending new ones. */
class Table<T> {
  private readonly rows = new Map<string, T>()
  private readonly touched = new Set<string>()
  constructor(rows: readonly T[], key: (row: T) => string) {
    for (const row of rows) this.rows.set(key(row), row)
  }
  get(id: string): T | undefined {
    return this.rows.get(id)
  }
  has(id: string): boolean {
    return this.rows.has(id)
  }
  set(id: string, row: T): void {
    this.rows.set(id, row)
  }
  delete(id: string): void {
    this.rows.delete(id)
  }
  /** True the first time a record is changed in this plan: its version goes up once per plan. */
  firstTouch(id: string): boolean {
    if (this.touched.has(id)) return false
    this.touched.add(id)
    return true
  }
  values(): T[] {
    return [...this.rows.values()]
  }
}

/**
 * Applies a plan to a register and returns the new register (the old one is not modified). All or
 * nothing: an operation that does not fit throws and nothing is applied. A plan made from another
 * version throws PlanConflictError; an empty plan returns the register unchanged.
 */
export function applyPlan(register: Register, plan: Plan): Register {
  if (plan.baseVersion !== register.version) {
    throw new PlanConflictError(plan.baseVersion, register.version)
  }
  if (plan.operations.length === 0) return register

  const customers = new Table<Customer>(register.customers, (c) => c.id)
  const subscriptions = new Table<Subscription>(register.subscriptions, (s) => s.id)
  const mappings = new Table<Mapping>(register.mappings, (m) =>
    mappingKey(m.connectionId, m.externalCustomerId),
  )

  const bump = <T extends { version: number }>(table: Table<T>, id: string, row: T): T =>
    table.firstTouch(id) ? { ...row, version: row.version + 1 } : row

  plan.operations.forEach((operation, index) => {
    const fail = (message: string): never => {
      throw new PlanApplyError(index, message)
    }
    switch (operation.op) {
      case 'createCustomer': {
        const id = operation.after.id
        if (customers.has(id)) fail(`customer ${id} already exists.`)
        customers.set(id, operation.after)
        customers.firstTouch(id)
        break
      }
      case 'updateCustomer': {
        const current =
          customers.get(operation.customerId) ??
          fail(`customer ${operation.customerId} does not exist.`)
        customers.set(
          operation.customerId,
          bump(customers, operation.customerId, applyChange(current, operation.after)),
        )
        break
      }
      case 'addMapping': {
        const m = operation.after
        const key = mappingKey(m.connectionId, m.externalCustomerId)
        const existing = mappings.get(key)
        if (existing)
          fail(
            `distributor customer ${m.externalCustomerId} is already mapped to customer ${existing.customerId}.`,
          )
        if (!customers.has(m.customerId)) fail(`customer ${m.customerId} does not exist.`)
        mappings.set(key, m)
        break
      }
      case 'updateMapping': {
        const key = mappingKey(operation.connectionId, operation.externalCustomerId)
        const current =
          mappings.get(key) ??
          fail(`distributor customer ${operation.externalCustomerId} is not mapped.`)
        const next = applyChange(current, operation.after)
        if (!customers.has(next.customerId)) fail(`customer ${next.customerId} does not exist.`)
        mappings.set(key, next)
        break
      }
      case 'removeMapping': {
        const key = mappingKey(operation.before.connectionId, operation.before.externalCustomerId)
        if (!mappings.has(key))
          fail(`distributor customer ${operation.before.externalCustomerId} is not mapped.`)
        mappings.delete(key)
        break
      }
      case 'createSubscription': {
        const s = operation.after
        if (subscriptions.has(s.id)) fail(`subscription ${s.id} already exists.`)
        if (!customers.has(s.customerId)) fail(`customer ${s.customerId} does not exist.`)
        subscriptions.set(s.id, s)
        subscriptions.firstTouch(s.id)
        break
      }
      case 'updateSubscription':
      case 'deactivateSubscription':
      case 'zeroSubscription': {
        const id = operation.subscriptionId
        const current = subscriptions.get(id) ?? fail(`subscription ${id} does not exist.`)
        const next = applyChange(current, operation.after)
        if (!customers.has(next.customerId)) fail(`customer ${next.customerId} does not exist.`)
        subscriptions.set(id, bump(subscriptions, id, next))
        break
      }
    }
  })

  return {
    version: register.version + 1,
    topLevels: register.topLevels,
    customers: customers.values(),
    subscriptions: subscriptions.values(),
    mappings: mappings.values(),
  }
}
