import * as v from 'valibot'
import {
  BillingLineSchema,
  BillingLineSourceSchema,
  BillingPeriodSchema,
  DismissalSchema,
  NotBillableSchema,
} from '../model/billing'
import { changeField } from './change-field'

/** The fields of a billing line a person, an approval or an import may change. */
export const BillingLineChangeSchema = v.object({
  description: changeField(v.string()),
  itemCode: changeField(v.string()),
  quantity: changeField(v.number()),
  unitPrice: changeField(v.number()),
  unitCost: changeField(v.number()),
  currency: changeField(v.string()),
  period: changeField(BillingPeriodSchema),
  startDate: changeField(v.string()),
  endDate: changeField(v.string()),
  inactive: changeField(v.boolean()),
  quantityRule: changeField(v.picklist(['fixed', 'linked'])),
  minimumQuantity: changeField(v.number()),
  freeQuantity: changeField(v.number()),
  /**
   * Only a PSA line's id moves, within its connection: a PSA that replaces the line on a change
   * (ConnectWise on a prorated agreement) is followed, so the next import updates the same line.
   */
  source: changeField(BillingLineSourceSchema),
})
export type BillingLineChange = v.InferOutput<typeof BillingLineChangeSchema>

export const CreateBillingLineSchema = v.object({
  op: v.literal('createBillingLine'),
  after: BillingLineSchema,
})
export type CreateBillingLine = v.InferOutput<typeof CreateBillingLineSchema>

export const UpdateBillingLineSchema = v.object({
  op: v.literal('updateBillingLine'),
  lineId: v.string(),
  before: BillingLineChangeSchema,
  after: BillingLineChangeSchema,
})
export type UpdateBillingLine = v.InferOutput<typeof UpdateBillingLineSchema>

/** A person's delete (or an undo of its creation); refused while subscriptions are linked to it. */
export const RemoveBillingLineSchema = v.object({
  op: v.literal('removeBillingLine'),
  before: BillingLineSchema,
})

/** Links a subscription to a line of its customer (`billingLineId: null` unlinks it). */
export const LinkSubscriptionSchema = v.object({
  op: v.literal('linkSubscription'),
  subscriptionId: v.string(),
  before: v.object({ billingLineId: v.nullable(v.string()) }),
  after: v.object({ billingLineId: v.nullable(v.string()) }),
})
export type LinkSubscription = v.InferOutput<typeof LinkSubscriptionSchema>

/** Marks a subscription not billable, with why (`notBillable: null` makes it billable again). */
export const MarkNotBillableSchema = v.object({
  op: v.literal('markNotBillable'),
  subscriptionId: v.string(),
  before: v.object({ notBillable: v.nullable(NotBillableSchema) }),
  after: v.object({ notBillable: v.nullable(NotBillableSchema) }),
})
export type MarkNotBillable = v.InferOutput<typeof MarkNotBillableSchema>

/** Hides a reconciliation finding while its fingerprint stays the same. */
export const DismissFindingSchema = v.object({
  op: v.literal('dismissFinding'),
  after: DismissalSchema,
})
export type DismissFinding = v.InferOutput<typeof DismissFindingSchema>

/** Shows a dismissed finding again (or undoes its dismissal). */
export const RestoreFindingSchema = v.object({
  op: v.literal('restoreFinding'),
  before: DismissalSchema,
})
