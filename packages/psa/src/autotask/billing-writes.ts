import type { ExternalBillingLine } from '@seatkeeper/core'
import { DistributorError, type DistributorHttp } from '@seatkeeper/distributors'
import type { AppliedBillingChange, BillingLineChange, PsaWritePlan } from '../adapter'
import { AT_ID, AT_LABEL } from './calls'
import { todayUtc, unitsOn } from './list'
import { queryAll } from './query'
import { AtServiceUnitSchema } from './schemas'

/**
 * One ContractServiceAdjustment: `unitChange` is a signed delta, `effectiveDate` date-only [C].
 * Adjustments are create-only — they cannot be read, changed or deleted [C] — so an undo is an
 * opposite adjustment, and stopping a line's billing is an adjustment to 0 units [I: there is no
 * cancel field]. Resuming billing needs a quantity: refused without one.
 */
export function planAtChange(change: BillingLineChange): PsaWritePlan {
  const { line } = change
  const contractId = Number(line.reference.contractId)
  const serviceId = Number(line.reference.serviceId)
  if (!Number.isInteger(contractId) || !Number.isInteger(serviceId)) {
    return {
      ok: false,
      reason: `This line was not read from ${AT_LABEL}; list it again before changing it.`,
    }
  }
  if (change.inactive === false && change.quantity === undefined) {
    return {
      ok: false,
      reason: `${AT_LABEL} bills a service again only with a number of units: set the quantity instead.`,
    }
  }
  const target = change.inactive === true ? 0 : change.quantity
  if (target === undefined || target === line.quantity)
    return { ok: false, reason: 'Nothing to change: the line already reads so.' }
  if (!Number.isInteger(target) || target < 0) {
    return {
      ok: false,
      reason: `The new quantity must be a whole number of 0 or more, not ${target}.`,
    }
  }
  const day = change.effectiveDate ?? todayUtc()
  const delta = target - line.quantity
  return {
    ok: true,
    writes: [
      {
        call: 'POST /V1.0/ContractServiceAdjustments',
        method: 'POST',
        path: '/ContractServiceAdjustments',
        body: {
          contractID: contractId,
          contractServiceID: Number(line.externalId),
          serviceID: serviceId,
          unitChange: delta,
          effectiveDate: `${day}T00:00:00.00`,
          adjustedUnitPrice: line.unitPrice,
          ...(line.unitCost !== undefined ? { adjustedUnitCost: line.unitCost } : {}),
        },
        explanation: `Adds an adjustment of ${delta > 0 ? '+' : ''}${delta} units to "${line.description}" from ${day} (${line.quantity} → ${target}). Autotask adjustments cannot be deleted: undoing this posts an opposite adjustment.`,
      },
    ],
  }
}

/** Posts the adjustment, then re-reads the service's units on the effective day [C: the only confirmation]. */
export async function applyAtChange(
  http: DistributorHttp,
  change: BillingLineChange,
): Promise<AppliedBillingChange> {
  const plan = planAtChange(change)
  if (!plan.ok)
    throw new DistributorError({
      kind: 'request',
      distributor: AT_ID,
      call: 'plan',
      message: plan.reason,
    })
  for (const write of plan.writes) {
    // Not idempotent: a second adjustment would add the delta twice, so it is never retried.
    await http.json({ call: write.call, method: write.method, path: write.path, body: write.body })
  }
  const day = change.effectiveDate ?? todayUtc()
  const rows = await queryAll(
    http,
    'ContractServiceUnits',
    [{ op: 'eq', field: 'contractServiceID', value: Number(change.line.externalId) }],
    AtServiceUnitSchema,
  )
  const units = unitsOn(rows, day)?.units ?? 0
  const target = change.inactive === true ? 0 : change.quantity!
  if (units !== target) {
    throw new DistributorError({
      kind: 'contract',
      distributor: AT_ID,
      call: 'POST /V1.0/ContractServiceUnits/query',
      field: 'units',
      message: `${AT_LABEL} took the adjustment but "${change.line.description}" shows ${units} units on ${day}, not ${target}.`,
    })
  }
  const after: ExternalBillingLine = { ...change.line, quantity: units, inactive: units === 0 }
  return { writes: plan.writes, after }
}

/** The opposite adjustment: back to the quantity before. */
export function atUndoOf(
  after: ExternalBillingLine,
  before: ExternalBillingLine,
): BillingLineChange {
  return { line: after, quantity: before.quantity }
}
