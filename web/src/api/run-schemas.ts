import {
  CustomerSchema,
  OperationSchema,
  PlanSummarySchema,
  QuarantinedSchema,
  SkippedSchema,
  SubscriptionSchema,
  TopLevelSchema,
} from '@seatkeeper/core'
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

/**
 * One change a run made: the core's operations, plus the register's own (docs/api.md "Runs"):
 * top levels created by POST /api/top-levels and CSV imports, and the removals an undo of a
 * creation writes. Without them a CSV import's or an undo's page would not parse.
 */
export const RunOperationSchema = v.variant('op', [
  OperationSchema,
  v.object({ op: v.literal('createTopLevel'), after: TopLevelSchema }),
  v.object({ op: v.literal('removeTopLevel'), before: TopLevelSchema }),
  v.object({ op: v.literal('removeCustomer'), before: CustomerSchema }),
  v.object({ op: v.literal('removeSubscription'), before: SubscriptionSchema }),
])
export type RunOperation = v.InferOutput<typeof RunOperationSchema>

/** GET /api/runs/:id: the run with every operation's before/after. */
export const RunDetailSchema = v.object({
  run: RunViewSchema,
  operations: v.array(RunOperationSchema),
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
