import * as v from 'valibot'
import { QuarantinedSchema } from '../operations/plan'

// GET and PUT /api/connections/:id/settings read and write core's ConnectionSettingsSchema as is.

/** GET /api/connections/:id/quarantine: the removals the deletion guard held back. */
export const QuarantineListSchema = v.object({ items: v.array(QuarantinedSchema) })

/** POST /api/connections/:id/quarantine/:subscriptionId. */
export const QuarantineDecisionSchema = v.object({ decision: v.picklist(['release', 'keep']) })
export type QuarantineDecision = v.InferOutput<typeof QuarantineDecisionSchema>['decision']

/** The run a release wrote; none for keep. */
export const QuarantineDecisionResultSchema = v.object({ runId: v.optional(v.string()) })
export type QuarantineDecisionResult = v.InferOutput<typeof QuarantineDecisionResultSchema>
