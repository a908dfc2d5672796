import type { Register } from '@seatkeeper/core'
import { RegisterIndex } from './register-index'
import type { RunDetail, RunOperation, RunView, UndoResult } from './register-rpc'
import { mappingRowKey, recordOf, type RecordRef } from './run-operation'

export type UndoLookups = {
  /** The run that last wrote a record; undefined when the record is not stored. */
  lastRunOf(ref: RecordRef): string | undefined
  readRun(id: string): RunView | undefined
}

export type UndoPlan = { operations: RunOperation[]; notReverted: UndoResult['notReverted'] }

/**
 * The operations that put back what a run changed, newest first, for every record that still holds
 * what the run left (nothing newer changed those fields). The rest are listed with the reason, naming
 * the run that changed them since, so the user can undo that one first or fix them by hand.
 */
export function planUndo(register: Register, detail: RunDetail, lookups: UndoLookups): UndoPlan {
  const index = new RegisterIndex(register)
  const mappings = new Map(
    register.mappings.map((m) => [mappingRowKey(m.connectionId, m.externalCustomerId), m]),
  )
  const topLevels = new Map(register.topLevels.map((t) => [t.id, t]))
  const operations: RunOperation[] = []
  const notReverted: UndoResult['notReverted'] = []

  for (const operation of [...detail.operations].reverse()) {
    const ref = recordOf(operation)
    const record = describe(operation)
    const skip = (reason: string) => notReverted.push({ record, reason })
    const current = currentOf(ref)
    if (operation.op.startsWith('remove')) {
      if (current) {
        skip(
          `${record} was created again ${byRun(lookups.lastRunOf(ref), lookups)} after this run.`,
        )
        continue
      }
    } else if (!current) {
      skip(`${record} was removed after this run.`)
      continue
    } else if (!stillAsLeft(operation, current)) {
      skip(`${record} was changed ${byRun(lookups.lastRunOf(ref), lookups)} after this run.`)
      continue
    }

    switch (operation.op) {
      case 'createTopLevel': {
        if (index.count(index.customersOfTopLevel, ref.key) > 0) {
          skip(`${record} has customers now; move them to another top level first.`)
          break
        }
        operations.push({ op: 'removeTopLevel', before: topLevels.get(ref.key) ?? operation.after })
        break
      }
      case 'removeTopLevel':
        operations.push({ op: 'createTopLevel', after: operation.before })
        break
      case 'createCustomer': {
        if (
          index.count(index.subscriptionsOfCustomer, ref.key) > 0 ||
          index.count(index.mappingsOfCustomer, ref.key) > 0
        ) {
          skip(`${record} has subscriptions or mappings added after this run; it was kept.`)
          break
        }
        const current = index.customers.get(ref.key) ?? operation.after
        if (current.topLevelId) index.uncount(index.customersOfTopLevel, current.topLevelId)
        operations.push({ op: 'removeCustomer', before: current })
        break
      }
      case 'removeCustomer':
        operations.push({
          op: 'createCustomer',
          after: { ...operation.before, version: operation.before.version + 1 },
        })
        break
      case 'updateCustomer':
        operations.push({
          op: 'updateCustomer',
          customerId: operation.customerId,
          before: operation.after,
          after: operation.before,
        })
        break
      case 'addMapping': {
        const current = mappings.get(ref.key) ?? operation.after
        index.uncount(index.mappingsOfCustomer, current.customerId)
        operations.push({ op: 'removeMapping', before: current })
        break
      }
      case 'removeMapping':
        if (!index.customers.has(operation.before.customerId)) {
          skip(`${record} pointed at a customer that no longer exists.`)
          break
        }
        operations.push({ op: 'addMapping', after: operation.before })
        break
      case 'updateMapping':
        operations.push({ ...operation, before: operation.after, after: operation.before })
        break
      case 'createSubscription': {
        const current = index.subscriptions.get(ref.key) ?? operation.after
        index.uncount(index.subscriptionsOfCustomer, current.customerId)
        operations.push({ op: 'removeSubscription', before: current })
        break
      }
      case 'removeSubscription':
        if (!index.customers.has(operation.before.customerId)) {
          skip(`${record} belonged to a customer that no longer exists.`)
          break
        }
        operations.push({
          op: 'createSubscription',
          after: { ...operation.before, version: operation.before.version + 1 },
        })
        break
      case 'updateSubscription':
      case 'deactivateSubscription':
      case 'zeroSubscription':
        operations.push({
          op: 'updateSubscription',
          subscriptionId: operation.subscriptionId,
          before: operation.after,
          after: operation.before,
        })
        break
    }
  }
  return { operations, notReverted }

  function currentOf(ref: RecordRef): object | undefined {
    switch (ref.table) {
      case 'topLevels':
        return topLevels.get(ref.key)
      case 'customers':
        return index.customers.get(ref.key)
      case 'subscriptions':
        return index.subscriptions.get(ref.key)
      case 'mappings':
        return mappings.get(ref.key)
    }
  }

  function describe(operation: RunOperation): string {
    const ref = recordOf(operation)
    switch (ref.table) {
      case 'topLevels':
        return `Top level ${topLevels.get(ref.key)?.name ?? nameIn(operation) ?? ref.key}`
      case 'customers':
        return `Customer ${index.customers.get(ref.key)?.name ?? nameIn(operation) ?? ref.key}`
      case 'subscriptions':
        return `Subscription ${index.subscriptions.get(ref.key)?.name ?? nameIn(operation) ?? ref.key}`
      case 'mappings': {
        const name =
          mappings.get(ref.key)?.externalName ?? nameIn(operation) ?? ref.key.split('\u0000')[1]
        return `The mapping of ${name}`
      }
    }
  }
}

function nameIn(operation: RunOperation): string | undefined {
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
function stillAsLeft(operation: RunOperation, current: object): boolean {
  if (operation.op.startsWith('create') || operation.op === 'addMapping') {
    const { version: _a, ...left } = (operation as { after: Record<string, unknown> }).after
    const { version: _b, ...now } = current as Record<string, unknown>
    return sameJson(left, now)
  }
  const after = (operation as { after: Record<string, unknown> }).after
  return Object.entries(after).every(([field, value]) =>
    sameJson((current as Record<string, unknown>)[field], value),
  )
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(canonical)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const inner = (value as Record<string, unknown>)[key]
    if (inner !== undefined && inner !== null) out[key] = canonical(inner)
  }
  return out
}

function byRun(runId: string | undefined, lookups: UndoLookups): string {
  if (!runId) return 'by a later run'
  const run = lookups.readRun(runId)
  return run ? `by run ${runId} (${run.kind}, ${run.actor}, ${run.finishedAt})` : `by run ${runId}`
}
