import * as v from 'valibot'
import {
  AddressSchema,
  BillingCycleSchema,
  IsoDateSchema,
  SubscriptionStatusSchema,
} from './external'

const IdSchema = v.pipe(v.string(), v.minLength(1, 'must not be empty'))

/** A group of customers (a parent company, a region, a reseller). */
export const TopLevelSchema = v.object({ id: IdSchema, name: v.string() })
export type TopLevel = v.InferOutput<typeof TopLevelSchema>

export const CreatedBySchema = v.object({ distributor: v.string(), connectionId: v.string() })
export type CreatedBy = v.InferOutput<typeof CreatedBySchema>

/** A customer the MSP bills. `name` and `topLevelId` are the user's: no sync overwrites them. */
export const CustomerSchema = v.object({
  id: IdSchema,
  name: v.string(),
  topLevelId: v.optional(v.string()),
  mainSite: v.optional(AddressSchema),
  domain: v.optional(v.string()),
  tenantId: v.optional(v.string()),
  taxId: v.optional(v.string()),
  createdBy: v.optional(CreatedBySchema),
  inactive: v.boolean(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
})
export type Customer = v.InferOutput<typeof CustomerSchema>

/** A distributor subscription held in the register, on the customer its distributor customer maps to. */
export const SubscriptionSchema = v.object({
  id: IdSchema,
  customerId: IdSchema,
  connectionId: IdSchema,
  /** The distributor's display name ("ArrowSphere"), shown on the customer's Subscriptions tab. */
  distributor: v.string(),
  externalId: IdSchema,
  name: v.string(),
  sku: v.optional(v.string()),
  status: SubscriptionStatusSchema,
  trial: v.optional(v.boolean()),
  quantity: v.pipe(v.number(), v.finite(), v.minValue(0)),
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  contractEndDate: v.optional(IsoDateSchema),
  billingCycle: v.optional(BillingCycleSchema),
  termMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  autoRenew: v.optional(v.boolean()),
  unitPrice: v.optional(v.pipe(v.number(), v.finite())),
  unitCost: v.optional(v.pipe(v.number(), v.finite())),
  currency: v.optional(v.string()),
  active: v.boolean(),
  /**
   * The day (YYYY-MM-DD) a complete listing first left this subscription out. It is removed only
   * when a complete listing of a later day still leaves it out (docs/core-rules.md "Deletion needs
   * confirming"); a listing that names it again clears this.
   */
  missingSince: v.optional(IsoDateSchema),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
})
export type Subscription = v.InferOutput<typeof SubscriptionSchema>

export const MappingOriginSchema = v.picklist(['generated', 'manual', 'suggested', 'import'])
export type MappingOrigin = v.InferOutput<typeof MappingOriginSchema>

/** One distributor customer (per connection) mapped onto one register customer. */
export const MappingSchema = v.object({
  connectionId: IdSchema,
  externalCustomerId: IdSchema,
  externalName: v.string(),
  customerId: IdSchema,
  origin: MappingOriginSchema,
})
export type Mapping = v.InferOutput<typeof MappingSchema>

/** The whole register. `version` goes up by one with every applied plan that changes something. */
export const RegisterSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  topLevels: v.array(TopLevelSchema),
  customers: v.array(CustomerSchema),
  subscriptions: v.array(SubscriptionSchema),
  mappings: v.array(MappingSchema),
})
export type Register = v.InferOutput<typeof RegisterSchema>

/** An empty register, version 0. */
export function emptyRegister(): Register {
  return { version: 0, topLevels: [], customers: [], subscriptions: [], mappings: [] }
}
