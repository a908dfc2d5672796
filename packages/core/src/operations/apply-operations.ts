import { mappingKey } from '../mapping/mapping-index'
import type { Register } from '../model/register'
import { applyChange } from './apply-change'
import { PlanApplyError } from '../planning/plan-errors'
import type { Operation } from './operation'
import { References, RegisterTables, type Table } from './register-tables'

/**
 * The register after `operations`, applied one by one in list order on a copy (the given register
 * is not modified); the version goes up by one, and each record's version once per call. All or
 * nothing: an operation that does not fit — a record missing or already there, a removal that
 * would leave something pointing at nothing, an operation the register does not know — throws
 * PlanApplyError naming its place, and nothing is applied. No operations: the register unchanged.
 */
export function applyOperations(register: Register, operations: readonly Operation[]): Register {
  if (operations.length === 0) return register
  const tables = new RegisterTables(register)
  const { topLevels, customers, subscriptions, mappings } = tables
  // Only removals need the reference counts; a plan (which never removes a record) skips them.
  let refs: References | undefined
  const references = () => (refs ??= new References(tables))

  const bump = <T extends { version: number }>(table: Table<T>, id: string, row: T): T =>
    table.firstTouch(id) ? { ...row, version: row.version + 1 } : row

  operations.forEach((operation, index) => {
    const fail = (message: string): never => {
      throw new PlanApplyError(index, message)
    }
    const requireCustomer = (id: string) => {
      if (!customers.has(id)) fail(`customer ${id} does not exist.`)
    }
    switch (operation.op) {
      case 'createTopLevel': {
        const id = operation.after.id
        if (topLevels.has(id)) fail(`top level ${id} already exists.`)
        topLevels.set(id, operation.after)
        break
      }
      case 'removeTopLevel': {
        const id = operation.before.id
        if (!topLevels.has(id)) fail(`top level ${id} does not exist.`)
        const r = references()
        if (r.count(r.customersOfTopLevel, id) > 0) fail(`top level ${id} still has customers.`)
        topLevels.delete(id)
        break
      }
      case 'createCustomer': {
        const id = operation.after.id
        if (customers.has(id)) fail(`customer ${id} already exists.`)
        customers.set(id, operation.after)
        customers.firstTouch(id)
        refs?.move(refs.customersOfTopLevel, undefined, operation.after.topLevelId)
        break
      }
      case 'updateCustomer': {
        const id = operation.customerId
        const current = customers.get(id) ?? fail(`customer ${id} does not exist.`)
        const next = bump(customers, id, applyChange(current, operation.after))
        customers.set(id, next)
        refs?.move(refs.customersOfTopLevel, current.topLevelId, next.topLevelId)
        break
      }
      case 'removeCustomer': {
        const id = operation.before.id
        const current = customers.get(id) ?? fail(`customer ${id} does not exist.`)
        const r = references()
        if (r.count(r.subscriptionsOfCustomer, id) > 0)
          fail(`customer ${id} still has subscriptions.`)
        if (r.count(r.mappingsOfCustomer, id) > 0) fail(`customer ${id} is still mapped.`)
        customers.delete(id)
        r.move(r.customersOfTopLevel, current.topLevelId, undefined)
        break
      }
      case 'addMapping': {
        const m = operation.after
        const key = mappingKey(m.connectionId, m.externalCustomerId)
        const existing = mappings.get(key)
        if (existing) {
          fail(
            `distributor customer ${m.externalCustomerId} is already mapped to customer ${existing.customerId}.`,
          )
        }
        requireCustomer(m.customerId)
        mappings.set(key, m)
        refs?.move(refs.mappingsOfCustomer, undefined, m.customerId)
        break
      }
      case 'updateMapping': {
        const key = mappingKey(operation.connectionId, operation.externalCustomerId)
        const current =
          mappings.get(key) ??
          fail(`distributor customer ${operation.externalCustomerId} is not mapped.`)
        const next = applyChange(current, operation.after)
        requireCustomer(next.customerId)
        mappings.set(key, next)
        refs?.move(refs.mappingsOfCustomer, current.customerId, next.customerId)
        break
      }
      case 'removeMapping': {
        const key = mappingKey(operation.before.connectionId, operation.before.externalCustomerId)
        const current =
          mappings.get(key) ??
          fail(`distributor customer ${operation.before.externalCustomerId} is not mapped.`)
        mappings.delete(key)
        refs?.move(refs.mappingsOfCustomer, current.customerId, undefined)
        break
      }
      case 'createSubscription': {
        const s = operation.after
        if (subscriptions.has(s.id)) fail(`subscription ${s.id} already exists.`)
        requireCustomer(s.customerId)
        subscriptions.set(s.id, s)
        subscriptions.firstTouch(s.id)
        refs?.move(refs.subscriptionsOfCustomer, undefined, s.customerId)
        break
      }
      case 'updateSubscription':
      case 'deactivateSubscription':
      case 'zeroSubscription': {
        const id = operation.subscriptionId
        const current = subscriptions.get(id) ?? fail(`subscription ${id} does not exist.`)
        const next = applyChange(current, operation.after)
        requireCustomer(next.customerId)
        subscriptions.set(id, bump(subscriptions, id, next))
        refs?.move(refs.subscriptionsOfCustomer, current.customerId, next.customerId)
        break
      }
      case 'removeSubscription': {
        const id = operation.before.id
        const current = subscriptions.get(id) ?? fail(`subscription ${id} does not exist.`)
        subscriptions.delete(id)
        refs?.move(refs.subscriptionsOfCustomer, current.customerId, undefined)
        break
      }
      default: {
        // The type says this cannot happen; a stored run or a client can still send one.
        const unknown: { op?: unknown } = operation
        fail(
          `"${String(unknown.op)}" is not an operation the register knows, so the run was refused.`,
        )
      }
    }
  })

  return {
    version: register.version + 1,
    topLevels: topLevels.values(),
    customers: customers.values(),
    subscriptions: subscriptions.values(),
    mappings: mappings.values(),
  }
}
