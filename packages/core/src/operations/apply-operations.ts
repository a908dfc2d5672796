import { mappingKey } from '../mapping/mapping-index'
import { BillingLineSchema, DismissalSchema } from '../model/billing'
import {
  CustomerSchema,
  MappingSchema,
  SubscriptionSchema,
  TopLevelSchema,
  type Register,
} from '../model/register'
import { applyChange } from './apply-change'
import { PlanApplyError } from './plan-errors'
import type { Operation } from './operation'
import { operationLabel } from './operation-label'
import { beforeProblem, recordProblem, type RecordProblem } from './record-problem'
import { References, RegisterTables, type Table } from './register-tables'
import type { BillingLine } from '../model/billing'

/**
 * The register after `operations`, applied one by one in list order on a copy (the given register
 * is not modified); the version goes up by one, and each record's version once per call. All or
 * nothing: an operation that does not fit — a record missing or already there, a removal that
 * would leave something pointing at nothing, an operation the register does not know — throws
 * PlanApplyError naming its place, and nothing is applied. No operations: the register unchanged.
 *
 * Every record an operation produces is checked against the register's model (docs/register.md
 * "What the register accepts"), its references must exist (top level, customer and, when the caller
 * passes `connectionIds`, connection), `(connectionId, externalId)` stays unique, and an update's
 * `before` must be the record's current value.
 */
export function applyOperations(
  register: Register,
  operations: readonly Operation[],
  options: { connectionIds?: ReadonlySet<string> } = {},
): Register {
  if (operations.length === 0) return register
  const tables = new RegisterTables(register)
  const { topLevels, customers, subscriptions, mappings, billingLines, dismissals } = tables
  // Built on the first created subscription: most runs only update.
  let externalKeys: Map<string, string> | undefined
  // A PSA's line id → the register's line id, built on the first created PSA line.
  let psaKeys: Map<string, string> | undefined
  const psaKey = (l: BillingLine) =>
    l.source.kind === 'psa' ? `${l.source.connectionId}\u0000${l.source.externalId}` : undefined
  const psaIndex = () =>
    (psaKeys ??= new Map(
      billingLines.values().flatMap((row) => {
        const k = psaKey(row)
        return k === undefined ? [] : [[k, row.id] as const]
      }),
    ))
  // Records an operation of this call changed or created, by kind and key.
  const changed = new Set<string>()
  const externalKey = (s: { connectionId: string; externalId: string }) =>
    `${s.connectionId}\u0000${s.externalId}`
  // Only removals need the reference counts; a plan (which never removes a record) skips them.
  let refs: References | undefined
  const references = () => (refs ??= new References(tables))

  const bump = <T extends { version: number }>(table: Table<T>, id: string, row: T): T =>
    table.firstTouch(id) ? { ...row, version: row.version + 1 } : row

  operations.forEach((operation, index) => {
    // The label is written only for a refusal: for every operation it was a tenth of applying.
    const fail = (message: string, field?: string): never => {
      const label = operationLabel(operation)
      throw new PlanApplyError(index, message, { label, ...(field ? { field } : {}) })
    }
    const refuse = (problem: RecordProblem | undefined) => {
      if (problem) fail(problem.message, problem.field)
    }
    const requireCustomer = (id: string, field = 'after.customerId') => {
      if (!customers.has(id)) fail(`customer ${id} does not exist.`, field)
    }
    const requireTopLevel = (id: string | undefined) => {
      if (id !== undefined && !topLevels.has(id))
        fail(`top level ${id} does not exist. Create it first or pick another.`, 'after.topLevelId')
    }
    const requireConnection = (id: string) => {
      if (options.connectionIds && !options.connectionIds.has(id))
        fail(
          `connection ${id} does not exist. Add it under Connections first.`,
          'after.connectionId',
        )
    }
    // A subscription may only be billed on a line of its own customer.
    const requireLineOf = (lineId: string | undefined, customerId: string, field: string) => {
      if (lineId === undefined) return
      const line = billingLines.get(lineId) ?? fail(`billing line ${lineId} does not exist.`, field)
      if (line.customerId !== customerId)
        fail(
          `billing line "${line.description}" belongs to customer ${line.customerId}, not to this subscription's customer ${customerId}. Link it to a line of its own customer.`,
          field,
        )
    }
    // A planner writes every `before` from the register it planned on, so when two operations of
    // one plan change one record (a customer mapped from two distributor customers, or created
    // earlier in the plan) the second `before` shows the planner's view, not the sequence's: the
    // check is for the record's first change in the plan, where a mismatch is a false history.
    const checkBefore = (key: string, current: object) => {
      if (changed.has(key)) return
      changed.add(key)
      const before = (operation as { before?: Record<string, unknown> }).before ?? {}
      refuse(beforeProblem(current as Record<string, unknown>, before))
    }
    switch (operation.op) {
      case 'createTopLevel': {
        const id = operation.after.id
        if (topLevels.has(id)) fail(`top level ${id} already exists.`)
        refuse(recordProblem(TopLevelSchema, operation.after))
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
        refuse(recordProblem(CustomerSchema, operation.after))
        requireTopLevel(operation.after.topLevelId)
        customers.set(id, operation.after)
        customers.firstTouch(id)
        changed.add(`c:${id}`)
        refs?.move(refs.customersOfTopLevel, undefined, operation.after.topLevelId)
        break
      }
      case 'updateCustomer': {
        const id = operation.customerId
        const current = customers.get(id) ?? fail(`customer ${id} does not exist.`, 'customerId')
        checkBefore(`c:${id}`, current)
        const next = bump(customers, id, applyChange(current, operation.after))
        refuse(recordProblem(CustomerSchema, next))
        if (next.topLevelId !== current.topLevelId) requireTopLevel(next.topLevelId)
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
        if (r.count(r.linesOfCustomer, id) > 0) fail(`customer ${id} still has billing lines.`)
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
        refuse(recordProblem(MappingSchema, m))
        requireCustomer(m.customerId)
        requireConnection(m.connectionId)
        mappings.set(key, m)
        changed.add(`m:${key}`)
        refs?.move(refs.mappingsOfCustomer, undefined, m.customerId)
        break
      }
      case 'updateMapping': {
        const key = mappingKey(operation.connectionId, operation.externalCustomerId)
        const current =
          mappings.get(key) ??
          fail(`distributor customer ${operation.externalCustomerId} is not mapped.`)
        checkBefore(`m:${key}`, current)
        const next = applyChange(current, operation.after)
        refuse(recordProblem(MappingSchema, next))
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
        refuse(recordProblem(SubscriptionSchema, s))
        requireCustomer(s.customerId)
        requireConnection(s.connectionId)
        externalKeys ??= new Map(subscriptions.values().map((row) => [externalKey(row), row.id]))
        const twin = externalKeys.get(externalKey(s))
        if (twin !== undefined) {
          fail(
            `subscription ${twin} already holds distributor subscription ${s.externalId} of this connection; update it instead.`,
            'after.externalId',
          )
        }
        requireLineOf(s.billingLineId, s.customerId, 'after.billingLineId')
        externalKeys.set(externalKey(s), s.id)
        subscriptions.set(s.id, s)
        subscriptions.firstTouch(s.id)
        changed.add(`s:${s.id}`)
        refs?.move(refs.subscriptionsOfCustomer, undefined, s.customerId)
        refs?.move(refs.subscriptionsOfLine, undefined, s.billingLineId)
        break
      }
      case 'updateSubscription':
      case 'deactivateSubscription':
      case 'zeroSubscription': {
        const id = operation.subscriptionId
        const current =
          subscriptions.get(id) ?? fail(`subscription ${id} does not exist.`, 'subscriptionId')
        checkBefore(`s:${id}`, current)
        const next = applyChange(current, operation.after)
        refuse(recordProblem(SubscriptionSchema, next))
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
        refs?.move(refs.subscriptionsOfLine, current.billingLineId, undefined)
        break
      }
      case 'linkSubscription':
      case 'markNotBillable': {
        const id = operation.subscriptionId
        const current =
          subscriptions.get(id) ?? fail(`subscription ${id} does not exist.`, 'subscriptionId')
        checkBefore(`s:${id}`, current)
        const next = applyChange(current, operation.after)
        refuse(recordProblem(SubscriptionSchema, next))
        if (next.billingLineId !== current.billingLineId)
          requireLineOf(next.billingLineId, next.customerId, 'after.billingLineId')
        subscriptions.set(id, bump(subscriptions, id, next))
        refs?.move(refs.subscriptionsOfLine, current.billingLineId, next.billingLineId)
        break
      }
      case 'createBillingLine': {
        const line = operation.after
        if (billingLines.has(line.id)) fail(`billing line ${line.id} already exists.`)
        refuse(recordProblem(BillingLineSchema, line))
        requireCustomer(line.customerId)
        const key = psaKey(line)
        if (key !== undefined) {
          const keys = psaIndex()
          const twin = keys.get(key)
          if (twin !== undefined)
            fail(
              `billing line ${twin} already holds this PSA line; update it instead.`,
              'after.source.externalId',
            )
          keys.set(key, line.id)
        }
        billingLines.set(line.id, line)
        billingLines.firstTouch(line.id)
        changed.add(`l:${line.id}`)
        refs?.move(refs.linesOfCustomer, undefined, line.customerId)
        break
      }
      case 'updateBillingLine': {
        const id = operation.lineId
        const current = billingLines.get(id) ?? fail(`billing line ${id} does not exist.`, 'lineId')
        checkBefore(`l:${id}`, current)
        const next = applyChange(current, operation.after)
        refuse(recordProblem(BillingLineSchema, next))
        if (operation.after.source !== undefined) {
          const from = current.source
          const to = next.source
          if (
            from.kind !== 'psa' ||
            to.kind !== 'psa' ||
            to.psa !== from.psa ||
            to.connectionId !== from.connectionId
          )
            fail(
              `billing line ${id}: only the PSA line id of a PSA-owned line can change, within its connection.`,
              'after.source',
            )
          const keys = psaIndex()
          const key = psaKey(next)!
          const twin = keys.get(key)
          if (twin !== undefined && twin !== id)
            fail(`billing line ${twin} already holds this PSA line.`, 'after.source.externalId')
          keys.delete(psaKey(current)!)
          keys.set(key, id)
        }
        billingLines.set(id, bump(billingLines, id, next))
        break
      }
      case 'removeBillingLine': {
        const id = operation.before.id
        const current = billingLines.get(id) ?? fail(`billing line ${id} does not exist.`)
        const r = references()
        const linked = r.count(r.subscriptionsOfLine, id)
        if (linked > 0)
          fail(
            `billing line "${current.description}" still has ${linked} linked subscription${linked === 1 ? '' : 's'}; unlink ${linked === 1 ? 'it' : 'them'} first.`,
          )
        billingLines.delete(id)
        psaKeys?.delete(psaKey(current) ?? '')
        r.move(r.linesOfCustomer, current.customerId, undefined)
        break
      }
      case 'dismissFinding': {
        const dismissal = operation.after
        if (dismissals.has(dismissal.findingId))
          fail(`finding ${dismissal.findingId} is already dismissed.`, 'after.findingId')
        refuse(recordProblem(DismissalSchema, dismissal))
        dismissals.set(dismissal.findingId, dismissal)
        changed.add(`d:${dismissal.findingId}`)
        break
      }
      case 'restoreFinding': {
        const id = operation.before.findingId
        if (!dismissals.delete(id)) fail(`finding ${id} is not dismissed.`, 'before.findingId')
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
    billingLines: billingLines.values(),
    dismissals: dismissals.values(),
  }
}
