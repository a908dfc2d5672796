import type { ExternalSubscription, SubscriptionStatus } from '../model/external'
import type { Operation, RemovalReason, SubscriptionChange } from '../model/plan'
import type { Register, Subscription } from '../model/register'
import type { ConnectionRef } from '../model/settings'
import { stableId } from '../support/stable-id'
import { withoutUndefined } from './field-diff'
import type { PlanBuilder } from './plan-builder'

type SubscriptionField = keyof SubscriptionChange

/** Only a running subscription is active here; anything inactive upstream is inactive here. */
export function isActiveStatus(status: SubscriptionStatus): boolean {
  return status === 'active' || status === 'pending'
}

/** A planned removal with the record it removes (the deletion guard reports on both). */
export type Removal = { operation: Operation; subscription: Subscription }

export type SubscriptionOptions = {
  setPriceAndCost: boolean
  deactivateDeleted: boolean
  /** Only this register customer's subscriptions; all when absent. */
  customerId?: string
}

/** The connection's register subscriptions by the distributor's id. */
export function subscriptionsOf(register: Register, connectionId: string): Map<string, Subscription> {
  const byExternalId = new Map<string, Subscription>()
  for (const s of register.subscriptions) if (s.connectionId === connectionId) byExternalId.set(s.externalId, s)
  return byExternalId
}

/** The result of one pass over a listing: what was seen, and the removals it calls for. */
export type SubscriptionPass = {
  /** Register subscriptions of the connection that the listing named (by the distributor's id). */
  listed: Set<Subscription>
  removals: Removal[]
}

/** True once a subscription shows the outcome of its removal, so a removal is not planned twice. */
export function isRemoved(subscription: Subscription, deactivateDeleted: boolean): boolean {
  return deactivateDeleted ? !subscription.active : subscription.quantity === 0
}

/**
 * The removal of a subscription deleted upstream: inactive when the option is on; otherwise
 * quantity 0 with its status left as it was (DESIGN.md §1.6).
 */
export function removalOperation(
  subscription: Subscription,
  reason: RemovalReason,
  deactivateDeleted: boolean,
): Operation {
  if (deactivateDeleted) {
    const after: SubscriptionChange = { active: false }
    const before: SubscriptionChange = { active: subscription.active }
    if (reason === 'deleted-upstream' && subscription.status !== 'deleted') {
      before.status = subscription.status
      after.status = 'deleted'
    }
    return { op: 'deactivateSubscription', subscriptionId: subscription.id, reason, before, after }
  }
  return {
    op: 'zeroSubscription',
    subscriptionId: subscription.id,
    reason,
    before: { quantity: subscription.quantity },
    after: { quantity: 0 },
  }
}

// Records one field's change; every subscription field is a primitive, so === decides.
function note(
  diff: { before: SubscriptionChange; after: SubscriptionChange } | undefined,
  key: SubscriptionField,
  now: unknown,
  wanted: unknown,
) {
  if (wanted === undefined || now === wanted) return diff
  const next = diff ?? { before: {}, after: {} }
  ;(next.before as Record<string, unknown>)[key] = now ?? null
  ;(next.after as Record<string, unknown>)[key] = wanted
  return next
}

/**
 * What an import changes on a subscription the register holds, as before/after; undefined when
 * nothing changed (most of a daily sync). Written out field by field: named property reads stay
 * fast where a loop over key names would make every read a slow dynamic lookup, and this runs for
 * every subscription of every daily sync.
 */
function subscriptionChanges(
  c: Subscription,
  e: ExternalSubscription,
  customerId: string,
  withPrice: boolean,
) {
  let d: { before: SubscriptionChange; after: SubscriptionChange } | undefined
  d = note(d, 'customerId', c.customerId, customerId)
  d = note(d, 'name', c.name, e.name)
  d = note(d, 'sku', c.sku, e.sku)
  d = note(d, 'status', c.status, e.status)
  d = note(d, 'trial', c.trial, e.trial)
  d = note(d, 'quantity', c.quantity, e.quantity)
  d = note(d, 'startDate', c.startDate, e.startDate)
  // Many subscriptions carry only the commitment end; the seed shows that as the end date.
  d = note(d, 'endDate', c.endDate, e.endDate ?? e.contractEndDate)
  d = note(d, 'contractEndDate', c.contractEndDate, e.contractEndDate)
  d = note(d, 'billingCycle', c.billingCycle, e.billingCycle)
  d = note(d, 'termMonths', c.termMonths, e.termMonths)
  d = note(d, 'autoRenew', c.autoRenew, e.autoRenew)
  d = note(d, 'currency', c.currency, e.currency)
  d = note(d, 'active', c.active, isActiveStatus(e.status))
  if (withPrice) {
    d = note(d, 'unitPrice', c.unitPrice, e.unitPrice)
    d = note(d, 'unitCost', c.unitCost, e.unitCost)
  }
  return d
}

/** The register fields a distributor subscription implies; undefined means "not reported". */
function desiredFields(
  external: ExternalSubscription,
  customerId: string,
  options: SubscriptionOptions,
): Partial<Subscription> {
  // One literal of constant shape: this runs for every subscription of every daily sync.
  return {
    customerId,
    name: external.name,
    sku: external.sku,
    status: external.status,
    trial: external.trial,
    quantity: external.quantity,
    startDate: external.startDate,
    // Many subscriptions carry only the commitment end; the seed shows that as the end date.
    endDate: external.endDate ?? external.contractEndDate,
    contractEndDate: external.contractEndDate,
    billingCycle: external.billingCycle,
    termMonths: external.termMonths,
    autoRenew: external.autoRenew,
    currency: external.currency,
    active: isActiveStatus(external.status),
    unitPrice: options.setPriceAndCost ? external.unitPrice : undefined,
    unitCost: options.setPriceAndCost ? external.unitCost : undefined,
  }
}

/**
 * Adds the Import Subscriptions operations (DESIGN.md §1.5) for subscriptions whose customer is
 * mapped in `customerOf`; returns the distributor ids it saw, so a sync can find the absent ones.
 */
export function subscriptionOperations(
  connection: ConnectionRef,
  externalSubscriptions: readonly ExternalSubscription[],
  register: Register,
  customerOf: ReadonlyMap<string, string>,
  options: SubscriptionOptions,
  builder: PlanBuilder,
  existing: ReadonlyMap<string, Subscription> = subscriptionsOf(register, connection.id),
): SubscriptionPass {
  // Listed register subscriptions are tracked as objects; only new ids need a set of strings.
  const listed = new Set<Subscription>()
  const seenNew = new Set<string>()
  const removals: Removal[] = []

  const skip = (external: ExternalSubscription, reason: string) =>
    builder.skip({ entity: 'subscription', externalId: external.externalId, name: external.name, reason })

  for (const external of externalSubscriptions) {
    const current = existing.get(external.externalId)
    if (current ? listed.has(current) : seenNew.has(external.externalId)) {
      skip(external, `${connection.distributorLabel} listed this subscription twice; the first entry was used.`)
      continue
    }
    if (current) listed.add(current)
    else seenNew.add(external.externalId)
    const customerId = customerOf.get(external.customerExternalId)
    if (options.customerId !== undefined && (customerId ?? current?.customerId) !== options.customerId) continue
    if (customerId === undefined) {
      skip(
        external,
        `Its ${connection.distributorLabel} customer (${external.customerExternalId}) is not mapped to a register customer. Map it under Customer Mappings, then import again.`,
      )
      continue
    }

    if (external.status === 'deleted') {
      if (!current) {
        skip(external, `It is deleted at ${connection.distributorLabel}, so it is not imported.`)
      } else if (isRemoved(current, options.deactivateDeleted)) {
        builder.summary.subscriptions.unchanged++
      } else {
        removals.push({
          operation: removalOperation(current, 'deleted-upstream', options.deactivateDeleted),
          subscription: current,
        })
      }
      continue
    }

    if (!current) {
      const desired = desiredFields(external, customerId, options)
      const created = withoutUndefined({
        id: stableId('sub', connection.id, external.externalId),
        connectionId: connection.id,
        distributor: connection.distributorLabel,
        externalId: external.externalId,
        ...desired,
        version: 1,
      }) as Subscription
      builder.add({ op: 'createSubscription', after: created })
      continue
    }
    const diff = subscriptionChanges(current, external, customerId, options.setPriceAndCost)
    if (diff) {
      builder.add({ op: 'updateSubscription', subscriptionId: current.id, ...diff })
    } else builder.summary.subscriptions.unchanged++
  }
  return { listed, removals }
}
