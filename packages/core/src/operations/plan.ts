import * as v from 'valibot'
import { PlanOperationSchema } from './operation'

/** A distributor record the plan leaves alone, and why (shown in the preview). */
export const SkippedSchema = v.object({
  entity: v.picklist(['customer', 'subscription', 'billing line']),
  externalId: v.string(),
  name: v.string(),
  reason: v.string(),
})
export type Skipped = v.InferOutput<typeof SkippedSchema>

/** A removal the deletion guard held back: applied only when a person releases it. */
export const QuarantinedSchema = v.object({
  subscriptionId: v.string(),
  externalId: v.string(),
  name: v.string(),
  customerId: v.string(),
  reason: v.string(),
  operation: PlanOperationSchema,
})
export type Quarantined = v.InferOutput<typeof QuarantinedSchema>

const count = v.pipe(v.number(), v.integer(), v.minValue(0))
export const PlanSummarySchema = v.object({
  customers: v.object({ create: count, update: count, unchanged: count, skipped: count }),
  subscriptions: v.object({
    create: count,
    update: count,
    unchanged: count,
    skipped: count,
    deactivate: count,
    zero: count,
    quarantined: count,
  }),
  mappings: v.object({ add: count, update: count, remove: count }),
  /** A PSA billing import's lines; absent from every other plan (and from runs before PSAs). */
  billingLines: v.optional(
    v.object({ create: count, update: count, unchanged: count, skipped: count, deactivate: count }),
  ),
})
export type PlanSummary = v.InferOutput<typeof PlanSummarySchema>

/**
 * What made a plan. The first four and 'billing-import' (a PSA's billing lines) come from the
 * planners, 'reconciliation' from approving findings; the rest are made by the register
 * itself (a person's edit, a CSV import, an undo, a released quarantine) so they are runs too.
 */
export const PlanKindSchema = v.picklist([
  'customer-import',
  'subscription-import',
  'sync',
  'mappings',
  'manual',
  'csv-import',
  'undo',
  'quarantine-release',
  'reconciliation',
  'billing-import',
])
export type PlanKind = v.InferOutput<typeof PlanKindSchema>

/**
 * What an import or a sync will do, before it does it. Every operation carries before/after so a
 * person can read it and a run can be undone. `baseVersion` is the register version it was made from.
 */
export const PlanSchema = v.object({
  kind: PlanKindSchema,
  connectionId: v.string(),
  baseVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  operations: v.array(PlanOperationSchema),
  skipped: v.array(SkippedSchema),
  quarantine: v.array(QuarantinedSchema),
  summary: PlanSummarySchema,
})
export type Plan = v.InferOutput<typeof PlanSchema>
