import * as v from 'valibot'
import {
  AddressSchema,
  BillingCycleSchema,
  IsoDateSchema,
  SubscriptionStatusSchema,
} from './external'
import {
  AddressLineSchema,
  NAME_MAX,
  NameTextSchema,
  PlainTextSchema,
  QuantitySchema,
  RegisterIdSchema,
  registerText,
} from './register-text'
import { BillingLineSchema, DismissalSchema, NotBillableSchema } from './billing'

// The limits and character rules are the register's own (docs/register.md "What the register
// accepts"): every write is checked against these schemas before it commits.
const IdSchema = RegisterIdSchema
const TextSchema = PlainTextSchema
const DistributorNameSchema = registerText(NAME_MAX)

/** A customer's main site as the register keeps it: each line within ADDRESS_LINE_MAX. */
export const RegisterAddressSchema = v.object({
  ...AddressSchema.entries,
  line1: v.optional(AddressLineSchema),
  line2: v.optional(AddressLineSchema),
  city: v.optional(AddressLineSchema),
  region: v.optional(AddressLineSchema),
  postcode: v.optional(AddressLineSchema),
})

/** A group of customers (a parent company, a region, a reseller). */
export const TopLevelSchema = v.object({ id: IdSchema, name: NameTextSchema })
export type TopLevel = v.InferOutput<typeof TopLevelSchema>

export const CreatedBySchema = v.object({ distributor: TextSchema, connectionId: TextSchema })
export type CreatedBy = v.InferOutput<typeof CreatedBySchema>

/** A customer the MSP bills. `name` and `topLevelId` are the user's: no sync overwrites them. */
export const CustomerSchema = v.object({
  id: IdSchema,
  name: NameTextSchema,
  topLevelId: v.optional(TextSchema),
  mainSite: v.optional(RegisterAddressSchema),
  domain: v.optional(TextSchema),
  tenantId: v.optional(TextSchema),
  taxId: v.optional(TextSchema),
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
  distributor: TextSchema,
  externalId: IdSchema,
  name: DistributorNameSchema,
  sku: v.optional(TextSchema),
  status: SubscriptionStatusSchema,
  trial: v.optional(v.boolean()),
  quantity: QuantitySchema,
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  contractEndDate: v.optional(IsoDateSchema),
  billingCycle: v.optional(BillingCycleSchema),
  termMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  autoRenew: v.optional(v.boolean()),
  unitPrice: v.optional(v.pipe(v.number(), v.finite())),
  unitCost: v.optional(v.pipe(v.number(), v.finite())),
  currency: v.optional(TextSchema),
  active: v.boolean(),
  /**
   * The day (YYYY-MM-DD) a complete listing first left this subscription out. It is removed only
   * when a complete listing of a later day still leaves it out (docs/core-rules.md "Deletion needs
   * confirming"); a listing that names it again clears this.
   */
  missingSince: v.optional(IsoDateSchema),
  /** The billing line this subscription's seats are billed on (several may feed one line). */
  billingLineId: v.optional(IdSchema),
  /** Set when the MSP does not bill this subscription, with why: reconciliation leaves it out. */
  notBillable: v.optional(NotBillableSchema),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
})
export type Subscription = v.InferOutput<typeof SubscriptionSchema>

export const MappingOriginSchema = v.picklist(['generated', 'manual', 'suggested', 'import'])
export type MappingOrigin = v.InferOutput<typeof MappingOriginSchema>

/** One distributor customer (per connection) mapped onto one register customer. */
export const MappingSchema = v.object({
  connectionId: IdSchema,
  externalCustomerId: IdSchema,
  externalName: DistributorNameSchema,
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
  // Registers stored before billing existed have neither: they read as empty.
  billingLines: v.optional(v.array(BillingLineSchema), () => []),
  dismissals: v.optional(v.array(DismissalSchema), () => []),
})
export type Register = v.InferOutput<typeof RegisterSchema>

/** An empty register, version 0. */
export function emptyRegister(): Register {
  return {
    version: 0,
    topLevels: [],
    customers: [],
    subscriptions: [],
    mappings: [],
    billingLines: [],
    dismissals: [],
  }
}
