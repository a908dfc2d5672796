import { mappingKey } from '../mapping/mapping-index'
import type { Operation } from './operation'

/** The register tables an operation can write. */
export type RecordTable =
  'topLevels' | 'customers' | 'subscriptions' | 'mappings' | 'billingLines' | 'dismissals'

/**
 * One record of the register: its table and key (a mapping's key is `mappingKey`, a dismissal's its
 * finding id).
 */
export type RecordRef = { table: RecordTable; key: string }

/** The one record an operation writes. */
export function recordOf(operation: Operation): RecordRef {
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
        key: mappingKey(operation.after.connectionId, operation.after.externalCustomerId),
      }
    case 'removeMapping':
      return {
        table: 'mappings',
        key: mappingKey(operation.before.connectionId, operation.before.externalCustomerId),
      }
    case 'updateMapping':
      return {
        table: 'mappings',
        key: mappingKey(operation.connectionId, operation.externalCustomerId),
      }
    case 'createSubscription':
      return { table: 'subscriptions', key: operation.after.id }
    case 'removeSubscription':
      return { table: 'subscriptions', key: operation.before.id }
    case 'updateSubscription':
    case 'deactivateSubscription':
    case 'zeroSubscription':
    case 'linkSubscription':
    case 'markNotBillable':
      return { table: 'subscriptions', key: operation.subscriptionId }
    case 'createBillingLine':
      return { table: 'billingLines', key: operation.after.id }
    case 'updateBillingLine':
      return { table: 'billingLines', key: operation.lineId }
    case 'removeBillingLine':
      return { table: 'billingLines', key: operation.before.id }
    case 'dismissFinding':
      return { table: 'dismissals', key: operation.after.findingId }
    case 'restoreFinding':
      return { table: 'dismissals', key: operation.before.findingId }
  }
}
