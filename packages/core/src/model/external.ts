import * as v from 'valibot'

/** A calendar date as distributors and the register exchange it: YYYY-MM-DD. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
)

export const AddressSchema = v.object({
  line1: v.optional(v.string()),
  line2: v.optional(v.string()),
  city: v.optional(v.string()),
  region: v.optional(v.string()),
  postcode: v.optional(v.string()),
  /** ISO-3166 alpha-2 */
  country: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO-3166 alpha-2 code')),
  ),
})
export type Address = v.InferOutput<typeof AddressSchema>

export const ExternalCustomerStatusSchema = v.picklist(['active', 'suspended', 'deleted'])
export type ExternalCustomerStatus = v.InferOutput<typeof ExternalCustomerStatusSchema>

/** An end customer as a distributor lists it, normalised by its adapter. */
export const ExternalCustomerSchema = v.object({
  externalId: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  name: v.string(),
  status: ExternalCustomerStatusSchema,
  address: v.optional(AddressSchema),
  domain: v.optional(v.string()),
  tenantId: v.optional(v.string()),
  taxId: v.optional(v.string()),
  /**
   * Distributor customer ids the account's own system links to it (a PSA company's links, such as
   * Halo's `external_links[].third_party_id`): the strongest evidence a mapping suggestion can have.
   */
  linkedIds: v.optional(v.array(v.string())),
  /** Present when the distributor customer cannot be imported, e.g. Dicker Data without a CSP tenant. */
  importable: v.optional(v.object({ ok: v.literal(false), reason: v.string() })),
})
export type ExternalCustomer = v.InferOutput<typeof ExternalCustomerSchema>

export const SubscriptionStatusSchema = v.picklist([
  'active',
  'suspended',
  'cancelled',
  'deleted',
  'pending',
])
export type SubscriptionStatus = v.InferOutput<typeof SubscriptionStatusSchema>

export const BillingCycleSchema = v.picklist([
  'monthly',
  'quarterly',
  'annual',
  'biennial',
  'triennial',
  'one-time',
  'other',
])
export type BillingCycle = v.InferOutput<typeof BillingCycleSchema>

/** A subscription as a distributor lists it, normalised by its adapter. Money is in major units. */
export const ExternalSubscriptionSchema = v.object({
  externalId: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  customerExternalId: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  name: v.string(),
  sku: v.optional(v.string()),
  status: SubscriptionStatusSchema,
  trial: v.optional(v.boolean()),
  quantity: v.pipe(v.number(), v.finite(), v.minValue(0, 'must not be negative')),
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  contractEndDate: v.optional(IsoDateSchema),
  billingCycle: v.optional(BillingCycleSchema),
  termMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  autoRenew: v.optional(v.boolean()),
  unitPrice: v.optional(v.pipe(v.number(), v.finite())),
  unitCost: v.optional(v.pipe(v.number(), v.finite())),
  /** ISO-4217 */
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code'))),
})
export type ExternalSubscription = v.InferOutput<typeof ExternalSubscriptionSchema>
