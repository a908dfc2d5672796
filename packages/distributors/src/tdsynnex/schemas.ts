import * as v from 'valibot'

/*
 * Shapes of StreamOne Ion v3 answers. Subscription item fields are [C] from the public NinjaOne
 * "TD Synnex Sync" script; customer fields and error bodies are [I] (see docs/distributors.md).
 * Only what the adapter reads is required; envelopes are checked first and each record on its own,
 * so one unreadable record is left out and named instead of failing the listing.
 */

/** Numbers the spec does not type may come as strings ("25") [I]. */
const NumberLike = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/, 'must be a number'), v.transform(Number)),
])

const NonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'))

/** `customerAddress` [I]: the fixture's street/city/state/zip/country, every part optional. */
export const TdsynnexAddressSchema = v.object({
  street: v.nullish(v.string()),
  street2: v.nullish(v.string()),
  city: v.nullish(v.string()),
  state: v.nullish(v.string()),
  zip: v.nullish(v.string()),
  country: v.nullish(v.string()),
})

/** One customer of `GET …/customers` [I]: id and name are all the adapter needs. */
export const TdsynnexCustomerSchema = v.object({
  id: NonEmpty,
  name: v.string(),
  customerEmail: v.nullish(v.string()),
  customerDomain: v.nullish(v.string()),
  /** The Microsoft tenant, when ION gives it [I]. */
  microsoftTenantId: v.nullish(v.string()),
  customerStatus: v.nullish(v.string()),
  customerAddress: v.nullish(TdsynnexAddressSchema),
})
export type TdsynnexCustomer = v.InferOutput<typeof TdsynnexCustomerSchema>

/** Token paging: an empty or absent `nextPageToken` ends the list [C: NinjaOne PaginationMode Token]. */
export const TdsynnexCustomersPageSchema = v.object({
  customers: v.array(v.unknown()),
  nextPageToken: v.nullish(v.string()),
})

/** One item of the bulk `GET …/subscriptions` [C: NinjaOne script field names]. */
export const TdsynnexSubscriptionSchema = v.object({
  subscriptionId: NonEmpty,
  customerId: NonEmpty,
  customerName: v.nullish(v.string()),
  subscriptionName: v.string(),
  /** Strings such as "active" [C]; the other values are [I] and read case-insensitively. */
  subscriptionStatus: v.string(),
  subscriptionTotalLicenses: v.pipe(NumberLike, v.minValue(0, 'must not be negative')),
  /** P1M, P1Y, monthly, quarterly, annually [C]. */
  subscriptionBillingTerm: v.nullish(v.string()),
  subscriptionStartDate: v.nullish(v.string()),
  subscriptionEndDate: v.nullish(v.string()),
  ccpProductId: v.nullish(v.string()),
  /** The reseller's cost per licence [C: name]; per licence, not total, is [I]. */
  cost: v.nullish(NumberLike),
  price: v.nullish(NumberLike),
  currency: v.nullish(v.string()),
  autoRenew: v.nullish(v.boolean()),
})
export type TdsynnexSubscription = v.InferOutput<typeof TdsynnexSubscriptionSchema>

/** Offset paging: `paginationResponse.totalSize` says how many there are [C]. */
export const TdsynnexSubscriptionsPageSchema = v.object({
  items: v.array(v.unknown()),
  paginationResponse: v.object({ totalSize: NumberLike }),
})

/** `POST /oauth/token` answer (fixtures token.json); the refresh token rotates [C]. */
export const TdsynnexTokenSchema = v.object({
  access_token: NonEmpty,
  /** Absent would mean the old one stays valid [I]; kept then, never invented. */
  refresh_token: v.nullish(v.string()),
  token_type: v.nullish(v.string()),
  expires_in: v.pipe(NumberLike, v.minValue(1, 'must be positive')),
  /** Seconds the new refresh token lives, if ION says [I]; otherwise REFRESH_TOKEN_DAYS is assumed. */
  refresh_token_expires_in: v.nullish(NumberLike),
})

/** OAuth errors `{error, error_description}` [I: RFC 6749 §5.2]. */
export const TdsynnexOAuthErrorSchema = v.object({
  error: v.string(),
  error_description: v.nullish(v.string()),
})

/** API errors: `{code, message}` or `{message}` [I]. */
export const TdsynnexApiErrorSchema = v.object({
  code: v.nullish(v.union([v.string(), v.number()])),
  message: v.string(),
})
