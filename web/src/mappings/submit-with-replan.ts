import type { Plan, Register } from '@seatkeeper/core'
import type { PlanResult } from '@seatkeeper/core'

export type ReplanDeps = {
  loadRegister: () => Promise<Register>
  submit: (plan: Plan) => Promise<PlanResult>
  isRegisterChanged: (error: unknown) => boolean
}

/**
 * Plans a small, specific change (mappings the user just chose) against the live register and
 * applies it. If the register moved on in between (409) it plans again once against the new one:
 * the change means the same thing there, and a planner refuses it if it no longer fits.
 */
export async function submitWithReplan(
  makePlan: (register: Register) => Plan,
  deps: ReplanDeps,
  attempts = 2,
): Promise<{ plan: Plan; register: Register; result: PlanResult; replanned: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const register = await deps.loadRegister()
    const plan = makePlan(register)
    try {
      const result = await deps.submit(plan)
      return { plan, register, result, replanned: attempt > 1 }
    } catch (error) {
      if (!deps.isRegisterChanged(error) || attempt >= attempts) throw error
    }
  }
}
