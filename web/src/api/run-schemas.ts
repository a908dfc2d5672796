import { OperationSchema, PlanSummarySchema, QuarantinedSchema, SkippedSchema } from '@seatkeeper/core'
import * as v from 'valibot'

export const RunKindSchema = v.picklist([
  'customer-import',
  'subscription-import',
  'sync',
  'mappings',
  'manual',
  'csv-import',
  'undo',
  'quarantine-release',
])
export type RunKind = v.InferOutput<typeof RunKindSchema>

export const RunTriggerSchema = v.picklist(['user', 'cron', 'sync-now'])
export type RunTrigger = v.InferOutput<typeof RunTriggerSchema>

/** One entry of the run ledger (docs/api.md "Runs"). */
export const RunViewSchema = v.object({
  id: v.string(),
  kind: RunKindSchema,
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
})
export type RunView = v.InferOutput<typeof RunViewSchema>

export const RunListSchema = v.object({ runs: v.array(RunViewSchema) })

/** GET /api/runs/:id: the run with every operation's before/after. */
export const RunDetailSchema = v.object({
  run: RunViewSchema,
  operations: v.array(OperationSchema),
  skipped: v.array(SkippedSchema),
  quarantine: v.array(QuarantinedSchema),
})
export type RunDetail = v.InferOutput<typeof RunDetailSchema>

export const UndoResultSchema = v.object({
  runId: v.nullable(v.string()),
  reverted: v.number(),
  notReverted: v.array(v.object({ record: v.string(), reason: v.string() })),
})
export type UndoResult = v.InferOutput<typeof UndoResultSchema>
