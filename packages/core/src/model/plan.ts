import * as v from 'valibot'
import { AddressSchema, BillingCycleSchema, SubscriptionStatusSchema } from './external'
import { CustomerSchema, MappingSchema, SubscriptionSchema } from './register'

/*
 * A field change is written as { field: value } in `before` and `after`. `null` means "not set":
 * JSON drops `undefined`, and a preview or an undo must still see that a field was empty.
 */
const nullable = <T extends v.GenericSchema>(schema: T) => v.optional(v.nullable(schema))

export const CustomerChangeSchema = v.object({
  name: nullable(v.string()),
  topLevelId: nullable(v.string()),
  mainSite: nullable(AddressSchema),
  domain: nullable(v.string()),
  tenantId: nullable(v.string()),
  taxId: nullable(v.string()),
  inactive: nullable(v.boolean()),
})
export type CustomerChange = v.InferOutput<typeof CustomerChangeSchema>

export const SubscriptionChangeSchema = v.object({
  customerId: nullable(v.string()),
  name: nullable(v.string()),
  sku: nullable(v.string()),
  status: nullable(SubscriptionStatusSchema),
  trial: nullable(v.boolean()),
  quantity: nullable(v.number()),
  startDate: nullable(v.string()),
  endDate: nullable(v.string()),
  contractEndDate: nullable(v.string()),
  billingCycle: nullable(BillingCycleSchema),
  termMonths: nullable(v.number()),
  autoRenew: nullable(v.boolean()),
  unitPrice: nullable(v.number()),
  unitCost: nullable(v.number()),
  currency: nullable(v.string()),
  active: nullable(v.boolean()),
})
export type SubscriptionChange = v.InferOutput<typeof SubscriptionChangeSchema>

export const MappingChangeSchema = v.object({
  externalName: nullable(v.string()),
  customerId: nullable(v.string()),
  origin: nullable(MappingSchema.entries.origin),
})
export type MappingChange = v.InferOutput<typeof MappingChangeSchema>

/** Why a subscription is being deactivated or zeroed. */
export const RemovalReasonSchema = v.picklist(['deleted-upstream', 'missing-from-listing'])
export type RemovalReason = v.InferOutput<typeof RemovalReasonSchema>

export const OperationSchema = v.variant('op', [
  v.object({ op: v.literal('createCustomer'), after: CustomerSchema }),
  v.object({
    op: v.literal('updateCustomer'),
    customerId: v.string(),
    before: CustomerChangeSchema,
    after: CustomerChangeSchema,
  }),
  v.object({ op: v.literal('addMapping'), after: MappingSchema }),
  v.object({
    op: v.literal('updateMapping'),
    connectionId: v.string(),
    externalCustomerId: v.string(),
    before: MappingChangeSchema,
    after: MappingChangeSchema,
  }),
  v.object({ op: v.literal('removeMapping'), before: MappingSchema }),
  v.object({ op: v.literal('createSubscription'), after: SubscriptionSchema }),
  v.object({
    op: v.literal('updateSubscription'),
    subscriptionId: v.string(),
    before: SubscriptionChangeSchema,
    after: SubscriptionChangeSchema,
  }),
  v.object({
    op: v.literal('deactivateSubscription'),
    subscriptionId: v.string(),
    reason: RemovalReasonSchema,
    before: SubscriptionChangeSchema,
    after: SubscriptionChangeSchema,
  }),
  v.object({
    op: v.literal('zeroSubscription'),
    subscriptionId: v.string(),
    reason: RemovalReasonSchema,
    before: SubscriptionChangeSchema,
    after: SubscriptionChangeSchema,
  }),
])
export type Operation = v.InferOutput<typeof OperationSchema>
export type OperationKind = Operation['op']

/** A distributor record the plan leaves alone, and why (shown in the preview). */
export const SkippedSchema = v.object({
  entity: v.picklist(['customer', 'subscription']),
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
  operation: OperationSchema,
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
})
export type PlanSummary = v.InferOutput<typeof PlanSummarySchema>

/**
 * What made a plan. The first four come from the planners; the rest are made by the register
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
  operations: v.array(OperationSchema),
  skipped: v.array(SkippedSchema),
  quarantine: v.array(QuarantinedSchema),
  summary: PlanSummarySchema,
})
export type Plan = v.InferOutput<typeof PlanSchema>
