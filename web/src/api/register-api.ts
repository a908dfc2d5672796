import {
  PlanResultSchema,
  RegisterSchema,
  type Plan,
  type PlanResult,
  type Register,
} from '@seatkeeper/core'
import { fetchApi } from './fetch-api'
import { parseWith } from './parse-with'
import { sendJson } from './send-json'

/** GET /api/register: the whole register snapshot. */
export function fetchRegister(signal?: AbortSignal): Promise<Register> {
  return fetchApi('/api/register', parseWith(RegisterSchema, 'GET /api/register'), { signal })
}

/**
 * POST /api/register/plans. A 409 arrives as an ApiError whose `body.version` is the register's
 * current version; `submitPlan` (register/) turns it into a RegisterChangedError.
 */
export function postPlan(plan: Plan): Promise<PlanResult> {
  return sendJson(
    'POST',
    '/api/register/plans',
    { baseVersion: plan.baseVersion, plan },
    parseWith(PlanResultSchema, 'POST /api/register/plans'),
  )
}
