import * as v from 'valibot'

/**
 * POST /api/register/plans. The plan itself is checked by the register (PlanSchema, its version,
 * user-owned fields), which every caller goes through; the route checks only this envelope.
 */
export const PlanRequestSchema = v.object({
  baseVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  plan: v.looseObject({}),
})

/** The answer to an applied plan: the register's new version; runId null when nothing changed. */
export const PlanResultSchema = v.object({ version: v.number(), runId: v.nullable(v.string()) })
export type PlanResult = v.InferOutput<typeof PlanResultSchema>

/** The 409 to a plan made from an older register: re-plan against `version`. */
export const StalePlanSchema = v.object({
  error: v.object({ message: v.string() }),
  version: v.number(),
})
