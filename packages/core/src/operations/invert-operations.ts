import type { Register } from '../model/register'
import type { Operation } from './operation'
import { recordOf, type RecordRef } from './record-of'
import { applyChange } from './apply-change'
import { References, RegisterTables, type Table } from './register-tables'
import { sameValue } from './same-value'

/** A record an undo leaves as it is, and why (shown to the person who asked for the undo). */
export type NotReverted = { record: string; reason: string }

export type Inversion = { operations: Operation[]; notReverted: NotReverted[] }

export type InvertOptions = {
  /**
   * Who changed a record since, in words ("by run run_1 (sync, cron, …)"): the register's ledger
   * knows, the change model does not. "by a later run" when not given.
   */
  changedBy?: (ref: RecordRef) => string
}

/**
 * The operations that put back what `operations` (one run, in its order) did to `register`, newest
 * first, for every record that still holds what the run left (nothing newer changed those fields).
 * The rest are listed with the reason, so the person can undo the newer run first or fix them by
 * hand. Applying the answer with `applyOperations` is the undo.
 */
export function invertOperations(
  register: Register,
  operations: readonly Operation[],
  options: InvertOptions = {},
): Inversion {
  const tables = new RegisterTables(register)
  const refs = new References(tables)
  const changedBy = options.changedBy ?? (() => 'by a later run')
  const inverse: Operation[] = []
  const notReverted: NotReverted[] = []

  for (const operation of [...operations].reverse()) {
    const ref = recordOf(operation)
    const record = describe(operation, ref)
    const skip = (reason: string) => notReverted.push({ record, reason })
    const current = currentOf(ref)
    if (isRemoval(operation)) {
      if (current) {
        skip(`${record} was created again ${changedBy(ref)} after this run.`)
        continue
      }
    } else if (!current) {
      skip(`${record} was removed after this run.`)
      continue
    } else if (!stillAsLeft(operation, current)) {
      skip(`${record} was changed ${changedBy(ref)} after this run.`)
      continue
    }

    // Later changes of this run to the record are rewound first (the loop runs newest first), so
    // a record the run created and then changed is checked as it was created.
    if ('before' in operation && 'after' in operation && current)
      (tables[ref.table] as Table<object>).set(ref.key, applyChange(current, operation.before))

    switch (operation.op) {
      case 'createTopLevel':
        if (refs.count(refs.customersOfTopLevel, ref.key) > 0) {
          skip(`${record} has customers now; move them to another top level first.`)
          break
        }
        inverse.push({
          op: 'removeTopLevel',
          before: tables.topLevels.get(ref.key) ?? operation.after,
        })
        break
      case 'removeTopLevel':
        inverse.push({ op: 'createTopLevel', after: operation.before })
        break
      case 'createCustomer': {
        if (
          refs.count(refs.subscriptionsOfCustomer, ref.key) > 0 ||
          refs.count(refs.mappingsOfCustomer, ref.key) > 0
        ) {
          skip(`${record} has subscriptions or mappings added after this run; it was kept.`)
          break
        }
        if (refs.count(refs.linesOfCustomer, ref.key) > 0) {
          skip(`${record} has billing lines added after this run; it was kept.`)
          break
        }
        const now = tables.customers.get(ref.key) ?? operation.after
        refs.move(refs.customersOfTopLevel, now.topLevelId, undefined)
        inverse.push({ op: 'removeCustomer', before: now })
        break
      }
      case 'removeCustomer':
        // Mappings and subscriptions put back after it (earlier in the run) point at it again.
        tables.customers.set(ref.key, operation.before)
        inverse.push({
          op: 'createCustomer',
          after: { ...operation.before, version: operation.before.version + 1 },
        })
        break
      case 'updateCustomer':
        inverse.push({
          op: 'updateCustomer',
          customerId: operation.customerId,
          before: operation.after,
          after: operation.before,
        })
        break
      case 'addMapping': {
        const now = tables.mappings.get(ref.key) ?? operation.after
        refs.move(refs.mappingsOfCustomer, now.customerId, undefined)
        inverse.push({ op: 'removeMapping', before: now })
        break
      }
      case 'removeMapping':
        if (!tables.customers.has(operation.before.customerId)) {
          skip(`${record} pointed at a customer that no longer exists.`)
          break
        }
        inverse.push({ op: 'addMapping', after: operation.before })
        break
      case 'updateMapping':
        inverse.push({ ...operation, before: operation.after, after: operation.before })
        break
      case 'createSubscription': {
        const now = tables.subscriptions.get(ref.key) ?? operation.after
        refs.move(refs.subscriptionsOfCustomer, now.customerId, undefined)
        refs.move(refs.subscriptionsOfLine, now.billingLineId, undefined)
        inverse.push({ op: 'removeSubscription', before: now })
        break
      }
      case 'removeSubscription':
        if (!tables.customers.has(operation.before.customerId)) {
          skip(`${record} belonged to a customer that no longer exists.`)
          break
        }
        if (lineGone(operation.before.billingLineId)) {
          skip(`${record} was billed on a line that no longer exists.`)
          break
        }
        inverse.push({
          op: 'createSubscription',
          after: { ...operation.before, version: operation.before.version + 1 },
        })
        break
      case 'updateSubscription':
      case 'deactivateSubscription':
      case 'zeroSubscription':
        // Undoing a removal is an ordinary update: the subscription is live again, as it was.
        inverse.push({
          op: 'updateSubscription',
          subscriptionId: operation.subscriptionId,
          before: operation.after,
          after: operation.before,
        })
        break
      case 'linkSubscription': {
        if (lineGone(operation.before.billingLineId ?? undefined)) {
          skip(`${record} was linked to a billing line that no longer exists.`)
          break
        }
        const back = operation.before.billingLineId ?? undefined
        refs.move(refs.subscriptionsOfLine, operation.after.billingLineId ?? undefined, back)
        inverse.push({ ...operation, before: operation.after, after: operation.before })
        break
      }
      case 'markNotBillable':
        inverse.push({ ...operation, before: operation.after, after: operation.before })
        break
      case 'createBillingLine': {
        if (refs.count(refs.subscriptionsOfLine, ref.key) > 0) {
          skip(`${record} has subscriptions linked to it after this run; unlink them first.`)
          break
        }
        const now = tables.billingLines.get(ref.key) ?? operation.after
        refs.move(refs.linesOfCustomer, now.customerId, undefined)
        inverse.push({ op: 'removeBillingLine', before: now })
        break
      }
      case 'removeBillingLine':
        if (!tables.customers.has(operation.before.customerId)) {
          skip(`${record} belonged to a customer that no longer exists.`)
          break
        }
        // Links put back after it (earlier in the run) point at it again.
        tables.billingLines.set(ref.key, operation.before)
        inverse.push({
          op: 'createBillingLine',
          after: { ...operation.before, version: operation.before.version + 1 },
        })
        break
      case 'updateBillingLine':
        inverse.push({ ...operation, before: operation.after, after: operation.before })
        break
      case 'dismissFinding':
        inverse.push({
          op: 'restoreFinding',
          before: tables.dismissals.get(ref.key) ?? operation.after,
        })
        break
      case 'restoreFinding':
        inverse.push({ op: 'dismissFinding', after: operation.before })
        break
    }
  }
  return { operations: inverse, notReverted }

  function lineGone(lineId: string | undefined): boolean {
    return lineId !== undefined && !tables.billingLines.has(lineId)
  }

  function currentOf(ref: RecordRef): object | undefined {
    return tables[ref.table].get(ref.key)
  }

  function describe(operation: Operation, ref: RecordRef): string {
    switch (ref.table) {
      case 'topLevels':
        return `Top level ${tables.topLevels.get(ref.key)?.name ?? nameIn(operation) ?? ref.key}`
      case 'customers':
        return `Customer ${tables.customers.get(ref.key)?.name ?? nameIn(operation) ?? ref.key}`
      case 'subscriptions':
        return `Subscription ${tables.subscriptions.get(ref.key)?.name ?? nameIn(operation) ?? ref.key}`
      case 'mappings': {
        const name =
          tables.mappings.get(ref.key)?.externalName ??
          nameIn(operation) ??
          ref.key.split('\u0000')[1]
        return `The mapping of ${name}`
      }
      case 'billingLines': {
        const line = tables.billingLines.get(ref.key)
        return `Billing line ${line?.description ?? descriptionIn(operation) ?? ref.key}`
      }
      case 'dismissals':
        return `The dismissal of finding ${ref.key}`
    }
  }
}

function isRemoval(operation: Operation): boolean {
  return operation.op.startsWith('remove') || operation.op === 'restoreFinding'
}

function descriptionIn(operation: Operation): string | undefined {
  const record = 'after' in operation ? operation.after : operation.before
  return 'description' in record && typeof record.description === 'string'
    ? record.description
    : undefined
}

function nameIn(operation: Operation): string | undefined {
  const record = 'after' in operation ? operation.after : operation.before
  if ('externalName' in record && typeof record.externalName === 'string')
    return record.externalName
  return 'name' in record && typeof record.name === 'string' ? record.name : undefined
}

/**
 * True while a record still holds what the run left: every field the run set has that value (a
 * created record must be unchanged but for its version). Fields a later run changed that this run
 * did not touch do not block the undo, and are kept.
 */
function stillAsLeft(operation: Operation, current: object): boolean {
  if (
    operation.op.startsWith('create') ||
    operation.op === 'addMapping' ||
    operation.op === 'dismissFinding'
  ) {
    const { version: _a, ...left } = (operation as { after: Record<string, unknown> }).after
    const { version: _b, ...now } = current as Record<string, unknown>
    return sameValue(left, now)
  }
  const after = (operation as { after: Record<string, unknown> }).after
  return Object.entries(after).every(([field, value]) =>
    sameValue((current as Record<string, unknown>)[field], value),
  )
}
