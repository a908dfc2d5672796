import type { Plan } from '../operations/plan'
import type { Register } from '../model/register'
import { applyOperations } from '../operations/apply-operations'
import { PlanConflictError } from '../operations/plan-errors'

/**
 * Applies a plan to a register and returns the new register (the old one is not modified): the
 * plan's operations through `applyOperations`, once the plan is known to be made from this
 * register's version (else PlanConflictError). All or nothing; an empty plan changes nothing.
 */
export function applyPlan(register: Register, plan: Plan): Register {
  if (plan.baseVersion !== register.version) {
    throw new PlanConflictError(plan.baseVersion, register.version)
  }
  return applyOperations(register, plan.operations)
}
