import { mappingKey, type Mapping, type Plan, type Register } from '@seatkeeper/core'

/** Plans made from distributor data, which must never overwrite what a person decided. */
const DISTRIBUTOR_KINDS: ReadonlySet<Plan['kind']> = new Set([
  'customer-import',
  'subscription-import',
  'sync',
])

/** Mappings a person made or accepted: only a person removes or re-points them. */
const PERSON_ORIGINS: ReadonlySet<Mapping['origin']> = new Set(['manual', 'suggested'])

/** Billing lines, links, not-billable marks and dismissals: the MSP's, never a distributor's. */
const BILLING_OPS: ReadonlySet<string> = new Set([
  'createBillingLine',
  'updateBillingLine',
  'linkSubscription',
  'markNotBillable',
  'dismissFinding',
])

export type OwnershipViolation = { message: string; field: string }

/**
 * The first operation of a distributor-driven plan that would overwrite a user-owned field
 * (docs/register.md "User-owned fields"): a customer's name or top level, or a mapping a person
 * made (its customer or origin, or removing it). A distributor rename recorded in a mapping's
 * `externalName` is the distributor's own field, so it passes. Billing operations are the
 * user's altogether: a distributor-driven plan carries none.
 */
export function userOwnedViolation(plan: Plan, register: Register): OwnershipViolation | undefined {
  if (!DISTRIBUTOR_KINDS.has(plan.kind)) return undefined
  let mappings: Map<string, Mapping> | undefined
  const mappingAt = (connectionId: string, externalId: string) => {
    mappings ??= new Map(
      register.mappings.map((m) => [mappingKey(m.connectionId, m.externalCustomerId), m]),
    )
    return mappings.get(mappingKey(connectionId, externalId))
  }
  const kind = plan.kind

  for (const [index, operation] of plan.operations.entries()) {
    const at = `plan.operations[${index}]`
    if (BILLING_OPS.has(operation.op)) {
      return {
        field: `${at}.op`,
        message: `A ${kind} plan may not change billing (${operation.op}): billing lines, links and dismissals are the user's. Nothing was applied.`,
      }
    }
    if (operation.op === 'updateCustomer') {
      for (const field of ['name', 'topLevelId'] as const) {
        if (operation.after[field] !== undefined) {
          const label = field === 'name' ? 'name' : 'top level'
          return {
            field: `${at}.after.${field}`,
            message: `A ${kind} plan may not change a customer's ${label} (customer ${operation.customerId}): that is the user's. Nothing was applied.`,
          }
        }
      }
    } else if (operation.op === 'updateMapping') {
      const current = mappingAt(operation.connectionId, operation.externalCustomerId)
      const repoints =
        operation.after.customerId !== undefined || operation.after.origin !== undefined
      if (current && PERSON_ORIGINS.has(current.origin) && repoints) {
        return {
          field: `${at}.after`,
          message: `A ${kind} plan may not change the ${current.origin} mapping of "${current.externalName}": a person made it. Nothing was applied.`,
        }
      }
    } else if (operation.op === 'removeMapping') {
      const { connectionId, externalCustomerId } = operation.before
      const current = mappingAt(connectionId, externalCustomerId)
      if (current && PERSON_ORIGINS.has(current.origin)) {
        return {
          field: at,
          message: `A ${kind} plan may not remove the ${current.origin} mapping of "${current.externalName}": a person made it. Nothing was applied.`,
        }
      }
    }
  }
  return undefined
}
