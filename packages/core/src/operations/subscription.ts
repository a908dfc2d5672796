import * as v from 'valibot'
import { BillingCycleSchema, SubscriptionStatusSchema } from '../model/external'
import { SubscriptionSchema } from '../model/register'
import { changeField } from './change-field'

export const SubscriptionChangeSchema = v.object({
  customerId: changeField(v.string()),
  name: changeField(v.string()),
  sku: changeField(v.string()),
  status: changeField(SubscriptionStatusSchema),
  trial: changeField(v.boolean()),
  quantity: changeField(v.number()),
  startDate: changeField(v.string()),
  endDate: changeField(v.string()),
  contractEndDate: changeField(v.string()),
  billingCycle: changeField(BillingCycleSchema),
  termMonths: changeField(v.number()),
  autoRenew: changeField(v.boolean()),
  unitPrice: changeField(v.number()),
  unitCost: changeField(v.number()),
  currency: changeField(v.string()),
  active: changeField(v.boolean()),
  missingSince: changeField(v.string()),
})
export type SubscriptionChange = v.InferOutput<typeof SubscriptionChangeSchema>

/** Why a subscription is being deactivated or zeroed. */
export const RemovalReasonSchema = v.picklist(['deleted-upstream', 'missing-from-listing'])
export type RemovalReason = v.InferOutput<typeof RemovalReasonSchema>

export const CreateSubscriptionSchema = v.object({
  op: v.literal('createSubscription'),
  after: SubscriptionSchema,
})

export const UpdateSubscriptionSchema = v.object({
  op: v.literal('updateSubscription'),
  subscriptionId: v.string(),
  before: SubscriptionChangeSchema,
  after: SubscriptionChangeSchema,
})

/** Deleted (or missing) upstream with "deactivate deleted" on: inactive, kept for the record. */
export const DeactivateSubscriptionSchema = v.object({
  op: v.literal('deactivateSubscription'),
  subscriptionId: v.string(),
  reason: RemovalReasonSchema,
  before: SubscriptionChangeSchema,
  after: SubscriptionChangeSchema,
})

/** Deleted (or missing) upstream with "deactivate deleted" off: quantity 0, status left as it was. */
export const ZeroSubscriptionSchema = v.object({
  op: v.literal('zeroSubscription'),
  subscriptionId: v.string(),
  reason: RemovalReasonSchema,
  before: SubscriptionChangeSchema,
  after: SubscriptionChangeSchema,
})

/** Only an undo of its creation removes a subscription record. */
export const RemoveSubscriptionSchema = v.object({
  op: v.literal('removeSubscription'),
  before: SubscriptionSchema,
})
