import {
  applyPlan,
  emptySummary,
  PlanApplyError,
  type Operation,
  type Plan,
  type Register,
  type TopLevel,
} from '@seatkeeper/core'
import type { RunOperation } from './register-rpc'
import { RegisterIndex } from './register-index'
import { isCoreOperation } from './run-operation'

export type RunChange = Pick<Plan, 'kind' | 'connectionId'> & {
  operations: readonly RunOperation[]
}

/**
 * The register after a run's operations, computed on a copy (the given register is not modified).
 * The core's operations go through the core's `applyPlan`, so the Durable Object and the browser
 * cache agree on what a plan does; the register-only ones (top levels, removals an undo makes)
 * follow, in their order. All or nothing: anything that does not fit throws PlanApplyError.
 */
export function applyRunOperations(register: Register, change: RunChange): Register {
  if (change.operations.length === 0) return register
  const core: Operation[] = []
  const extra: Array<{ index: number; operation: Exclude<RunOperation, Operation> }> = []
  change.operations.forEach((operation, index) => {
    if (isCoreOperation(operation)) core.push(operation)
    else extra.push({ index, operation })
  })

  const plan: Plan = {
    kind: change.kind,
    connectionId: change.connectionId,
    baseVersion: register.version,
    operations: core,
    skipped: [],
    quarantine: [],
    summary: emptyPlanSummary,
  }
  let next =
    core.length > 0 ? applyPlan(register, plan) : { ...register, version: register.version + 1 }
  if (extra.length === 0) return next

  const index = new RegisterIndex(next)
  const createdTopLevels: TopLevel[] = []
  for (const { index: at, operation } of extra) {
    const fail = (message: string): never => {
      throw new PlanApplyError(at, message)
    }
    switch (operation.op) {
      case 'createTopLevel':
        if (index.topLevels.has(operation.after.id))
          fail(`top level ${operation.after.id} already exists.`)
        index.topLevels.add(operation.after.id)
        createdTopLevels.push(operation.after)
        break
      case 'removeTopLevel': {
        const id = operation.before.id
        if (!index.topLevels.delete(id)) fail(`top level ${id} does not exist.`)
        if (index.count(index.customersOfTopLevel, id) > 0)
          fail(`top level ${id} still has customers.`)
        break
      }
      case 'removeCustomer': {
        const id = operation.before.id
        const customer = index.customers.get(id) ?? fail(`customer ${id} does not exist.`)
        if (index.count(index.subscriptionsOfCustomer, id) > 0)
          fail(`customer ${id} still has subscriptions.`)
        if (index.count(index.mappingsOfCustomer, id) > 0) fail(`customer ${id} is still mapped.`)
        index.customers.delete(id)
        if (customer.topLevelId) index.uncount(index.customersOfTopLevel, customer.topLevelId)
        break
      }
      case 'removeSubscription': {
        const id = operation.before.id
        const subscription =
          index.subscriptions.get(id) ?? fail(`subscription ${id} does not exist.`)
        index.subscriptions.delete(id)
        index.uncount(index.subscriptionsOfCustomer, subscription.customerId)
        break
      }
    }
  }
  next = {
    ...next,
    topLevels: [...next.topLevels, ...createdTopLevels].filter((t) => index.topLevels.has(t.id)),
    customers:
      index.customers.size === next.customers.length
        ? next.customers
        : [...index.customers.values()],
    subscriptions:
      index.subscriptions.size === next.subscriptions.length
        ? next.subscriptions
        : [...index.subscriptions.values()],
  }
  return next
}

// applyPlan never reads the summary; the run keeps the real one.
const emptyPlanSummary: Plan['summary'] = emptySummary()
