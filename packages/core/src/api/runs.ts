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

/**
 * GET /api/runs/:id/head: the run without its operations. The run page reads this and the
 * operations a page at a time (`RunOperationsPageSchema`): a first import's run is 92,000
 * operations (~46 MB), and parsing and checking that in one go froze the tab for 1.3 s.
 */
export const RunHeadSchema = v.object({
  run: RunViewSchema,
  skipped: v.array(SkippedSchema),
  quarantine: v.array(QuarantinedSchema),
})
export type RunHead = v.InferOutput<typeof RunHeadSchema>

/** Operations a page of GET /api/runs/:id/operations holds when `limit` is absent, and at most. */
export const RUN_OPERATIONS_PAGE = { default: 500, max: 2_000 } as const

const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${RUN_OPERATIONS_PAGE.max}.`
const FROM_MESSAGE = 'from must be a whole number from 0: the position of the first operation.'

/** GET /api/runs/:id/operations?from&limit: `from` the position to start at (0 when absent). */
export const RunOperationsQuerySchema = v.object({
  from: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(FROM_MESSAGE), v.minValue(0, FROM_MESSAGE)),
  ),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.toNumber(),
      v.integer(LIMIT_MESSAGE),
      v.minValue(1, LIMIT_MESSAGE),
      v.maxValue(RUN_OPERATIONS_PAGE.max, LIMIT_MESSAGE),
    ),
  ),
})

/** A page of a run's operations in order; `next` is the `from` of the next page, null at the end. */
export const RunOperationsPageSchema = v.object({
  operations: v.array(OperationSchema),
  next: v.nullable(v.number()),
})
export type RunOperationsPage = v.InferOutput<typeof RunOperationsPageSchema>

/** POST /api/runs/:id/undo: what was put back, and each record left as it is with the reason. */
export const UndoResultSchema = v.object({
  runId: v.nullable(v.string()),
  reverted: v.number(),
  notReverted: v.array(v.object({ record: v.string(), reason: v.string() })),
})
export type UndoResult = v.InferOutput<typeof UndoResultSchema>
