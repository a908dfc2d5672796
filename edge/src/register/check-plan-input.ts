import { PlanSchema, type Plan, type Register } from '@seatkeeper/core'
import * as v from 'valibot'
import type { ApplyInput, ApplyResult } from './register-rpc'
import { userOwnedViolation } from './user-owned-fields'

// The register makes the other kinds itself (undo, CSV import, a released quarantine): a client
// sending one would write a run that lies about what made it.
const CLIENT_KINDS: ReadonlySet<Plan['kind']> = new Set([
  'customer-import',
  'subscription-import',
  'sync',
  'mappings',
  'manual',
  'reconciliation',
  'billing-import',
])

type Refusal = Extract<ApplyResult, { ok: false }>

/**
 * Everything that can be said about a plan before applying it: it fits the core's schema, it was
 * made from the version it says, that version is the register's (else stale), and a
 * distributor-driven plan leaves user-owned fields alone. The plan, or why it is refused.
 */
export function checkPlanInput(input: ApplyInput, register: Register): { plan: Plan } | Refusal {
  if (typeof input.baseVersion !== 'number' || !Number.isInteger(input.baseVersion)) {
    return {
      ok: false,
      reason: 'invalid',
      field: 'baseVersion',
      message: 'baseVersion must be the register version the plan was made from.',
    }
  }
  const parsed = v.safeParse(PlanSchema, input.plan)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    // `operations.3.after.name` written as `operations[3].after.name`, as the core's refusals are.
    const path = v.getDotPath(issue)?.replace(/\.(\d+)(?=\.|$)/g, '[$1]')
    const field = path ? `plan.${path}` : 'plan'
    return {
      ok: false,
      reason: 'invalid',
      field,
      message: `The plan does not fit at ${field}: ${issue.message}.`,
    }
  }
  const plan = parsed.output
  if (!CLIENT_KINDS.has(plan.kind)) {
    return {
      ok: false,
      reason: 'invalid',
      field: 'plan.kind',
      message: `A "${plan.kind}" plan is made by the register itself and cannot be sent.`,
    }
  }
  if (plan.baseVersion !== input.baseVersion) {
    return {
      ok: false,
      reason: 'invalid',
      field: 'plan.baseVersion',
      message: `plan.baseVersion (${plan.baseVersion}) must equal baseVersion (${input.baseVersion}).`,
    }
  }
  if (plan.baseVersion !== register.version) {
    return {
      ok: false,
      reason: 'stale',
      version: register.version,
      message: `The register changed while this plan was prepared (plan made from version ${plan.baseVersion}, register is at ${register.version}). Prepare the preview again.`,
    }
  }
  const violation = userOwnedViolation(plan, register)
  if (violation) return { ok: false, reason: 'invalid', ...violation }
  return { plan }
}
