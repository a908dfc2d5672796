import type { Plan, Register } from '@seatkeeper/core'
import { queryClient } from '../query-client'
import type { PlanResult } from '@seatkeeper/core'
import { RegisterChangedError } from './register-changed-error'
import { refreshRegister, submitPlan } from './submit-plan'

/**
 * The register as the edge has it now, for planning: a plan made from a cached copy would only
 * be refused with a 409. Also refreshes the cached copy every page reads.
 */
export async function loadFreshRegister(): Promise<Register> {
  return (await refreshRegister(queryClient)).register
}

/** Applies a plan through the shared register layer (which refreshes the cache and the runs). */
export function applyPlan(plan: Plan): Promise<PlanResult> {
  return submitPlan(plan)
}

export const isRegisterChanged = (error: unknown) => error instanceof RegisterChangedError
