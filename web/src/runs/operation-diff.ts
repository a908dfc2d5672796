import type { Operation } from '@seatkeeper/core'
import { MAPPING_ORIGIN_LABEL } from '../present/field-labels'

export type FieldChange = { field: string; before: string; after: string }

export type OperationDiff = {
  /** What happened, in words ("Customer created"). */
  action: string
  /** Which kind of record. */
  entity: 'top level' | 'customer' | 'subscription' | 'mapping' | 'billing line' | 'dismissal'
  /** The record's id (or connection/external id for a mapping). */
  recordId: string
  /** A readable name when the operation carries one. */
  name?: string
  changes: FieldChange[]
}

const ACTIONS: Record<Operation['op'], string> = {
  createTopLevel: 'Top level created',
  removeTopLevel: 'Top level removed',
  removeCustomer: 'Customer removed',
  removeSubscription: 'Subscription removed',
  createCustomer: 'Customer created',
  updateCustomer: 'Customer updated',
  addMapping: 'Mapping added',
  updateMapping: 'Mapping updated',
  removeMapping: 'Mapping removed',
  createSubscription: 'Subscription created',
  updateSubscription: 'Subscription updated',
  deactivateSubscription: 'Subscription deactivated',
  zeroSubscription: 'Subscription set to quantity 0',
  createBillingLine: 'Billing line created',
  updateBillingLine: 'Billing line updated',
  removeBillingLine: 'Billing line removed',
  linkSubscription: 'Subscription billing line changed',
  markNotBillable: 'Subscription billable mark changed',
  dismissFinding: 'Finding dismissed',
  restoreFinding: 'Finding restored',
}

// Identity and bookkeeping fields: shown as the record, not as changes.
const HIDDEN = new Set(['id', 'version'])

/**
 * Names for the ids a change refers to (a top level, a customer, a connection), so a person reads
 * "EMEA" rather than a generated id. An id with no name (a record removed since) stays an id.
 */
export type RecordNames = {
  topLevel?(id: string): string | undefined
  customer?(id: string): string | undefined
  connection?(id: string): string | undefined
  subscription?(id: string): string | undefined
}

const REFERENCES: Record<string, keyof RecordNames> = {
  topLevelId: 'topLevel',
  customerId: 'customer',
  connectionId: 'connection',
}

/** One operation as a field-level before/after table: only fields that differ, every value as text. */
export function operationDiff(operation: Operation, names: RecordNames = {}): OperationDiff {
  const diff = rawDiff(operation, names)
  // An update carries only the fields it changed, so its name comes from the register when the
  // operation has none: a person reads "Customer updated: Ashford Dental", never the record's id.
  if (diff.name !== undefined) return diff
  const lookup =
    diff.entity === 'customer'
      ? names.customer
      : diff.entity === 'subscription'
        ? names.subscription
        : diff.entity === 'top level'
          ? names.topLevel
          : undefined
  const name = lookup?.(diff.recordId)
  return name ? { ...diff, name } : diff
}

function rawDiff(operation: Operation, names: RecordNames): OperationDiff {
  const action = ACTIONS[operation.op]
  const changes = (before: object, after: object) => fieldChanges(before, after, names)
  // A record created or removed whole: every field it has is the change.
  const whole = (
    entity: OperationDiff['entity'],
    record: { id: string; name: string },
    created: boolean,
  ): OperationDiff => ({
    action,
    entity,
    recordId: record.id,
    name: record.name,
    changes: created ? changes({}, record) : changes(record, {}),
  })
  switch (operation.op) {
    case 'createTopLevel':
      return whole('top level', operation.after, true)
    case 'removeTopLevel':
      return whole('top level', operation.before, false)
    case 'removeCustomer':
      return whole('customer', operation.before, false)
    case 'removeSubscription':
      return whole('subscription', operation.before, false)
    case 'createCustomer':
      return whole('customer', operation.after, true)
    case 'updateCustomer':
      return {
        action,
        entity: 'customer',
        recordId: operation.customerId,
        name: nameOf(operation.after) ?? nameOf(operation.before),
        changes: changes(operation.before, operation.after),
      }
    case 'createSubscription':
      return whole('subscription', operation.after, true)
    case 'updateSubscription':
    case 'deactivateSubscription':
    case 'zeroSubscription': {
      const reason =
        'reason' in operation ? [{ field: 'reason', before: '', after: operation.reason }] : []
      return {
        action,
        entity: 'subscription',
        recordId: operation.subscriptionId,
        name: nameOf(operation.after) ?? nameOf(operation.before),
        changes: [...changes(operation.before, operation.after), ...reason],
      }
    }
    case 'addMapping':
      return {
        action,
        entity: 'mapping',
        recordId: `${operation.after.connectionId}/${operation.after.externalCustomerId}`,
        name: operation.after.externalName,
        changes: changes({}, operation.after),
      }
    case 'updateMapping':
      return {
        action,
        entity: 'mapping',
        recordId: `${operation.connectionId}/${operation.externalCustomerId}`,
        name: nameOf(operation.after),
        changes: changes(operation.before, operation.after),
      }
    case 'removeMapping':
      return {
        action,
        entity: 'mapping',
        recordId: `${operation.before.connectionId}/${operation.before.externalCustomerId}`,
        name: operation.before.externalName,
        changes: changes(operation.before, {}),
      }
    case 'createBillingLine':
    case 'removeBillingLine': {
      const line = operation.op === 'createBillingLine' ? operation.after : operation.before
      return {
        action,
        entity: 'billing line',
        recordId: line.id,
        name: line.description,
        changes: operation.op === 'createBillingLine' ? changes({}, line) : changes(line, {}),
      }
    }
    case 'updateBillingLine':
      return {
        action,
        entity: 'billing line',
        recordId: operation.lineId,
        ...(operation.after.description ? { name: operation.after.description } : {}),
        changes: changes(operation.before, operation.after),
      }
    case 'linkSubscription':
    case 'markNotBillable':
      return {
        action,
        entity: 'subscription',
        recordId: operation.subscriptionId,
        changes: changes(operation.before, operation.after),
      }
    case 'dismissFinding':
    case 'restoreFinding': {
      const dismissal = operation.op === 'dismissFinding' ? operation.after : operation.before
      return {
        action,
        entity: 'dismissal',
        recordId: dismissal.findingId,
        name: dismissal.reason,
        changes: [],
      }
    }
  }
}

function fieldChanges(before: object, after: object, names: RecordNames): FieldChange[] {
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !HIDDEN.has(f))
  return fields
    .filter((field) => show(b[field]) !== show(a[field]))
    .map((field) => {
      const kind = REFERENCES[field]
      const name = kind ? names[kind] : undefined
      const shown = (value: unknown) =>
        name && typeof value === 'string'
          ? (name(value) ?? show(value))
          : field === 'origin' && typeof value === 'string' && value in MAPPING_ORIGIN_LABEL
            ? MAPPING_ORIGIN_LABEL[value as keyof typeof MAPPING_ORIGIN_LABEL]
            : field === 'createdBy'
              ? createdByText(value, names)
              : field === 'mainSite' && value && typeof value === 'object'
                ? addressText(value as Record<string, unknown>)
                : show(value)
      return { field, before: shown(b[field]), after: shown(a[field]) }
    })
}

/** A value as text: null/undefined as empty, objects (an address) as "key: value" pairs. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join(', ')
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return String(value)
}

/** "ArrowSphere (connection name)" for a customer's createdBy, never its connection id. */
function createdByText(value: unknown, names: RecordNames): string {
  if (!value || typeof value !== 'object') return show(value)
  const { distributor, connectionId } = value as { distributor?: unknown; connectionId?: unknown }
  const connection = typeof connectionId === 'string' ? names.connection?.(connectionId) : undefined
  return connection ?? (typeof distributor === 'string' ? distributor : '')
}

/** An address as one line, in the order it is written on an envelope. */
function addressText(address: Record<string, unknown>): string {
  return ['line1', 'line2', 'city', 'region', 'postcode', 'country']
    .map((part) => address[part])
    .filter((part) => part !== undefined && part !== null && part !== '')
    .join(', ')
}

function nameOf(change: object): string | undefined {
  const record = change as Record<string, unknown>
  const name = record.name ?? record.externalName
  return typeof name === 'string' ? name : undefined
}
