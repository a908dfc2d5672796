import * as v from 'valibot'

/*
 * Shapes of the Ingram Micro Cloud Marketplace API answers. The list envelope
 * {data, pagination{offset,limit,total}} and the subscription list fields are [C]
 * (apidocs.cloud.im 1.5 howto/subscriptions); the subscription details are the hex package
 * ingram_marketplace's SubscriptionDetails/SubscriptionItem models (generated from cmp.yaml 1.4);
 * the customer fields and the token answer are [I]. Only what the adapter reads is required.
 */

const NUMERIC_STRING = /^-?\d+(?:\.\d+)?$/
/** A number, or a number written as a string (generated clients of the spec do both) [I]. */
export const NumberLike = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.trim(), v.regex(NUMERIC_STRING, 'must be a number'), v.transform(Number)),
])

/** Ids are strings in the docs' examples ("1000275") [C]; a number is read as its digits [I]. */
const Id = v.union([
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty')),
  v.pipe(v.number(), v.integer(), v.transform(String)),
])

export const IngramPaginationSchema = v.object({
  offset: NumberLike,
  limit: NumberLike,
  total: NumberLike,
})

/** A list page; records are checked one by one so one unreadable record does not stop the rest. */
export const IngramPageSchema = v.object({
  data: v.array(v.unknown()),
  pagination: IngramPaginationSchema,
})
export type IngramPage = v.InferOutput<typeof IngramPageSchema>

/** `GET /customers` item: fields [I] (fixtures customers-offset0.json). */
export const IngramCustomerSchema = v.object({
  id: Id,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty')),
  /** Values beyond "active" are not documented [I]; normalise-customer names the ones it knows. */
  status: v.string(),
  address: v.nullish(
    v.object({
      street: v.nullish(v.string()),
      city: v.nullish(v.string()),
      state: v.nullish(v.string()),
      postalCode: v.nullish(v.string()),
      countryCode: v.nullish(v.string()),
      country: v.nullish(v.string()),
    }),
  ),
  contactPerson: v.nullish(v.object({ email: v.nullish(v.string()) })),
  creationDate: v.nullish(v.string()),
})
export type IngramCustomer = v.InferOutput<typeof IngramCustomerSchema>

/** `GET /subscriptions` item [C]: status ∈ pending, active, hold, terminated, removed. */
export const IngramSubscriptionSchema = v.object({
  id: Id,
  customerId: Id,
  status: v.string(),
  renewalStatus: v.nullish(v.boolean()),
  creationDate: v.nullish(v.string()),
  renewalDate: v.nullish(v.string()),
})
export type IngramSubscription = v.InferOutput<typeof IngramSubscriptionSchema>

/** Price objects are a bare `Map` in the generated client [C]; value/currency are [I]. */
export const IngramPriceSchema = v.object({
  value: v.nullish(NumberLike),
  currency: v.nullish(v.string()),
})

/** SubscriptionItem [C: hex ingram_marketplace]: mpn, quantity (float), unitPrice, extendedPrice. */
export const IngramSubscriptionItemSchema = v.object({
  mpn: v.nullish(v.string()),
  /** The docs say the details add the product name; the 1.4 model has none, so it is optional [I]. */
  name: v.nullish(v.string()),
  quantity: v.nullish(NumberLike),
  unitPrice: v.nullish(IngramPriceSchema),
  extendedPrice: v.nullish(IngramPriceSchema),
})

/** `GET /subscriptions/{id}` [C: SubscriptionDetails]: the list fields plus products and totalPrice. */
export const IngramSubscriptionDetailsSchema = v.object({
  id: Id,
  name: v.nullish(v.string()),
  products: v.array(IngramSubscriptionItemSchema),
})
export type IngramSubscriptionDetails = v.InferOutput<typeof IngramSubscriptionDetailsSchema>

/**
 * `POST /token` answer: field names [I] (fixtures token.json). A bearer token under `token`, or
 * `accessToken` as some generated clients name it [I]; lifetime in seconds, when given.
 */
export const IngramTokenSchema = v.pipe(
  v.object({
    token: v.nullish(v.string()),
    accessToken: v.nullish(v.string()),
    expiresIn: v.nullish(NumberLike),
  }),
  v.check((t) => Boolean(t.token || t.accessToken), 'must carry a token'),
)

/** Error bodies [I]: `{code, message}` as CloudBlue answers, or a gateway's `{message}`/`{error}`. */
export const IngramErrorSchema = v.object({
  code: v.nullish(v.union([v.string(), v.number()])),
  message: v.nullish(v.string()),
  error: v.nullish(v.string()),
  errors: v.nullish(v.array(v.object({ message: v.nullish(v.string()) }))),
})
