import * as v from 'valibot'

/*
 * Shapes of the Sherweb Service Provider API answers, from the official OpenAPI (sherweb/Public-Apis,
 * branch rcayouette/beta08) — see docs/distributors.md. Only what the adapter reads
 * is required; every other documented field is accepted as given, so a field Sherweb adds or drops
 * later does not break an import.
 */

/** `GET /service-provider/v1/customers` item. No address, tenant or contact fields exist [C]. */
export const SherwebCustomerSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  displayName: v.string(),
  /** Ancestor names, the service provider first [C]. */
  path: v.nullish(v.array(v.string())),
  /** date-time; set means the customer is suspended [C]. */
  suspendedOn: v.nullish(v.string()),
})
export type SherwebCustomer = v.InferOutput<typeof SherwebCustomerSchema>

/**
 * The spec marks `items` nullable and not required on both list answers [C]. What a missing list
 * means is not said [I]: it is read as "not given", never as "none", so nothing is taken as deleted.
 */
export const SherwebCustomersSchema = v.object({ items: v.nullish(v.array(SherwebCustomerSchema)) })
export type SherwebCustomers = v.InferOutput<typeof SherwebCustomersSchema>

/**
 * `fees`: "null for subscriptions that have no corresponding catalog item" [C]. The currency enum
 * is documented as "possible values include Undefined, Cad, Usd, Eur, Gbp", so any string is
 * accepted [I] and normalised later.
 */
export const SherwebFeesSchema = v.object({
  recurringFee: v.number(),
  setupFee: v.nullish(v.number()),
  currency: v.nullish(v.string()),
})

export const SherwebRenewalConfigurationSchema = v.object({
  renewalDate: v.nullish(v.string()),
  scheduledQuantity: v.nullish(v.number()),
})

/** Monthly | Annual | Biennial | Triennial [C]; kept a string so a new term type is not a failure [I]. */
export const SherwebCommitmentTermSchema = v.object({
  type: v.nullish(v.string()),
  termEndDate: v.nullish(v.string()),
  /** "Null for subscriptions that will not auto-renew at the end of the commitment term" [C]. */
  renewalConfiguration: v.nullish(SherwebRenewalConfigurationSchema),
  committedMinimalQuantities: v.nullish(
    v.array(v.object({ committedUntil: v.nullish(v.string()), quantity: v.nullish(v.number()) })),
  ),
})

/** `GET /service-provider/v1/billing/subscriptions?customerId=` item. It has no status field [C]. */
export const SherwebSubscriptionSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  productName: v.string(),
  description: v.nullish(v.string()),
  sku: v.nullish(v.string()),
  quantity: v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(0, 'must not be negative'),
  ),
  /** none/daily/weekly/monthly/yearly/unknown [C]; any string accepted, casing varies [I]. */
  billingCycle: v.nullish(v.string()),
  purchaseDate: v.nullish(v.string()),
  fees: v.nullish(SherwebFeesSchema),
  commitmentTerm: v.nullish(SherwebCommitmentTermSchema),
})
export type SherwebSubscription = v.InferOutput<typeof SherwebSubscriptionSchema>

/** `items` nullable and not required [C], as on the customer list. */
export const SherwebSubscriptionsSchema = v.object({
  items: v.nullish(v.array(SherwebSubscriptionSchema)),
})
export type SherwebSubscriptions = v.InferOutput<typeof SherwebSubscriptionsSchema>

/** RFC 7807 ProblemDetails, the body of every API error [C]. All members are optional by the RFC. */
export const SherwebProblemDetailsSchema = v.object({
  type: v.nullish(v.string()),
  title: v.nullish(v.string()),
  status: v.nullish(v.number()),
  detail: v.nullish(v.string()),
  instance: v.nullish(v.string()),
})
export type SherwebProblemDetails = v.InferOutput<typeof SherwebProblemDetailsSchema>

/** The token endpoint's error: standard OIDC `{error, error_description?}` [I]. */
export const SherwebTokenErrorSchema = v.object({
  error: v.string(),
  error_description: v.nullish(v.string()),
})

/** `POST /auth/oidc/connect/token` answer; tokens live ~3600 s [C]. */
export const SherwebTokenSchema = v.object({
  access_token: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  expires_in: v.number(),
  token_type: v.string(),
  scope: v.nullish(v.string()),
})
