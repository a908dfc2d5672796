import { countOperation, emptySummary, type Operation, type PlanSummary } from '@seatkeeper/core'
import type { RunOperation } from './register-rpc'

/** The register tables a run can write, by the key the core uses for their records. */
export type RecordTable = 'topLevels' | 'customers' | 'subscriptions' | 'mappings'

export type RecordRef = { table: RecordTable; key: string }

/** Key of a mapping row: one distributor customer of one connection (the core's key, too). */
export function mappingRowKey(connectionId: string, externalCustomerId: string): string {
  return `${connectionId}\u0000${externalCustomerId}`
}

/** True for the operations `applyPlan` of @seatkeeper/core understands. */
export function isCoreOperation(operation: RunOperation): operation is Operation {
  switch (operation.op) {
    case 'createTopLevel':
    case 'removeTopLevel':
    case 'removeCustomer':
    case 'removeSubscription':
      return false
    default:
      return true
  }
}

/** The one record an operation writes. */
export function recordOf(operation: RunOperation): RecordRef {
  switch (operation.op) {
    case 'createTopLevel':
      return { table: 'topLevels', key: operation.after.id }
    case 'removeTopLevel':
      return { table: 'topLevels', key: operation.before.id }
    case 'createCustomer':
      return { table: 'customers', key: operation.after.id }
    case 'updateCustomer':
      return { table: 'customers', key: operation.customerId }
    case 'removeCustomer':
      return { table: 'customers', key: operation.before.id }
    case 'addMapping':
      return {
        table: 'mappings',
        key: mappingRowKey(operation.after.connectionId, operation.after.externalCustomerId),
      }
    case 'removeMapping':
      return {
        table: 'mappings',
        key: mappingRowKey(operation.before.connectionId, operation.before.externalCustomerId),
      }
    case 'updateMapping':
      return {
        table: 'mappings',
        key: mappingRowKey(operation.connectionId, operation.externalCustomerId),
      }
    case 'createSubscription':
      return { table: 'subscriptions', key: operation.after.id }
    case 'removeSubscription':
      return { table: 'subscriptions', key: operation.before.id }
    case 'updateSubscription':
    case 'deactivateSubscription':
    case 'zeroSubscription':
      return { table: 'subscriptions', key: operation.subscriptionId }
  }
}

/** A plan summary counted from operations, for the runs the register makes itself. */
export function summarize(operations: readonly RunOperation[]): PlanSummary {
  // Top levels and removals have no line in the core's summary; the run's operation count has them.
  const summary = emptySummary()
  for (const operation of operations) countOperation(summary, operation.op)
  return summary
}
