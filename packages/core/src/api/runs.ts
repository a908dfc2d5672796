import * as v from 'valibot'
import {
  PlanKindSchema,
  PlanSummarySchema,
  QuarantinedSchema,
  SkippedSchema,
} from '../operations/plan'
import { OperationSchema } from '../operations/operation'

/** Who started a run: a person, the daily cron, or a person's Sync now. */
export const RunTriggerSchema = v.picklist(['user', 'cron', 'sync-now'])
export type RunTrigger = v.InferOutput<typeof RunTriggerSchema>

/**
 * What a run came to: it changed the register, found nothing to change, failed (nothing written,
 * `reason` says why), or held removals back (quarantine). Runs recorded before outcomes existed
 * have none and read as 'changed'.
 */
export const RunOutcomeSchema = v.picklist(['changed', 'unchanged', 'failed', 'held-back'])
export type RunOutcome = v.InferOutput<typeof RunOutcomeSchema>

/** One entry of the run ledger (docs/api.md "Runs"). */
export const RunViewSchema = v.object({
  id: v.string(),
  kind: PlanKindSchema,
  connectionId: v.optional(v.string()),
  trigger: RunTriggerSchema,
  actor: v.string(),
  startedAt: v.string(),
  finishedAt: v.string(),
  baseVersion: v.number(),
  version: v.number(),
  summary: PlanSummarySchema,
  operations: v.number(),
  quarantined: v.number(),
  skipped: v.number(),
  errors: v.array(v.string()),
  undoneBy: v.optional(v.string()),
  undoOf: v.optional(v.string()),
  outcome: v.optional(RunOutcomeSchema),
  /** For a failed or held-back run: why, in words a user can act on. */
  reason: v.optional(v.string()),
  /** Requests the run sent to the distributor, when the integrator counted them. */
  requests: v.optional(v.number()),
})
export type RunView = v.InferOutput<typeof RunViewSchema>

/** GET /api/runs?limit&before: `limit` 1–200 (50 when absent), `before` a run id to page back from. */
export const RunListQuerySchema = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.toNumber(),
      v.integer('limit must be a whole number from 1 to 200.'),
      v.minValue(1, 'limit must be a whole number from 1 to 200.'),
      v.maxValue(200, 'limit must be a whole number from 1 to 200.'),
    ),
  ),
  before: v.optional(v.string()),
})

/** GET /api/runs, newest first. */
export const RunListSchema = v.object({ runs: v.array(RunViewSchema) })

/** GET /api/runs/:id: the run with every operation's before/after. */
export const RunDetailSchema = v.object({
  run: RunViewSchema,
  operations: v.array(OperationSchema),
  skipped: v.array(SkippedSchema),
  quarantine: v.array(QuarantinedSchema),
})
export type RunDetail = v.InferOutput<typeof RunDetailSchema>

/** POST /api/runs/:id/undo: what was put back, and each record left as it is with the reason. */
export const UndoResultSchema = v.object({
  runId: v.nullable(v.string()),
  reverted: v.number(),
  notReverted: v.array(v.object({ record: v.string(), reason: v.string() })),
})
export type UndoResult = v.InferOutput<typeof UndoResultSchema>
