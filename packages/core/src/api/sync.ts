import * as v from 'valibot'

/**
 * POST /api/connections/:id/sync ("Sync now"): what the integrator's run did. `failed` and `busy`
 * are answers too: the message says what happened and what to do.
 */
export const SyncOutcomeSchema = v.object({
  outcome: v.picklist(['applied', 'no-changes', 'failed', 'busy']),
  runId: v.optional(v.string()),
  message: v.string(),
})
export type SyncOutcome = v.InferOutput<typeof SyncOutcomeSchema>
