import * as v from 'valibot'

/*
 * Shapes of the Pax8 Partner API answers, from its OpenAPI (api-evangelist/pax8
 * pax8-partner-endpoints-openapi.json, a copy of devx.pax8.com) and fixtures/distributors/pax8.
 * Only what the adapter reads is declared; other members are accepted as given.
 */

const text = v.nullish(v.string())
const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'))
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
/** Money: a number in the spec [C]; a numeric string is accepted as gateways re-serialise them [I]. */
const money = v.nullish(
  v.union([
    v.pipe(v.number(), v.finite()),
    v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/, 'must be a number'), v.transform(Number)),
  ]),
)

/** The Spring `page` block of every list: `number` is the 0-based current page [C]. */
export const Pax8PageSchema = v.object({
  size: v.nullish(count),
  totalElements: v.nullish(count),
  totalPages: count,
  number: count,
})
export type Pax8Page = v.InferOutput<typeof Pax8PageSchema>

export const Pax8AddressSchema = v.object({
  street: text,
  street2: text,
  city: text,
  stateOrProvince: text,
  postalCode: text,
  /** ISO-2 [C]; read through countryCode() so a country name still reads [I]. */
  country: text,
})

/** `GET /companies` item [C]. There is no tenant id on a company [C]. */
export const Pax8CompanySchema = v.object({
  id,
  name: v.string(),
  address: v.nullish(Pax8AddressSchema),
  phone: text,
  website: text,
  externalId: text,
  /** Active | Inactive | Deleted [C]; any string is accepted here and judged in normalisation. */
  status: text,
  updatedDate: text,
})
export type Pax8Company = v.InferOutput<typeof Pax8CompanySchema>

export const Pax8CompaniesPageSchema = v.object({
  content: v.array(Pax8CompanySchema),
  page: Pax8PageSchema,
})

/** `GET /subscriptions` item [C]. Only id and companyId are required to name a record at all. */
export const Pax8SubscriptionSchema = v.object({
  id,
  companyId: id,
  productId: text,
  productName: text,
  vendorSubscriptionId: text,
  vendorSkuId: text,
  /** Whole seats [C]; null or absent makes the record unreadable (named, left out). */
  quantity: v.nullish(
    v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))]),
  ),
  startDate: text,
  endDate: text,
  createdDate: text,
  billingStart: text,
  /** Ten values [C]; judged in normalisation so one new value does not fail the listing. */
  status: text,
  price: money,
  partnerCost: money,
  currencyCode: text,
  /** Monthly, Annual, 2-Year, 3-Year, One-Time, Trial, Activation [C]. */
  billingTerm: text,
  commitmentTerm: v.nullish(v.object({ id: text, term: text, endDate: text })),
})
export type Pax8Subscription = v.InferOutput<typeof Pax8SubscriptionSchema>

export const Pax8SubscriptionsPageSchema = v.object({
  content: v.array(Pax8SubscriptionSchema),
  page: Pax8PageSchema,
})

/** The `Error` schema of every API error [C]; all members optional, as the spec requires none. */
export const Pax8ErrorSchema = v.object({
  type: text,
  message: text,
  instance: text,
  status: v.nullish(v.number()),
  details: v.nullish(v.array(v.object({ message: text, type: text }))),
})

/** The token endpoint's refusal: `{error: "access_denied", error_description}` [C]. */
export const Pax8TokenErrorSchema = v.object({
  error: v.string(),
  error_description: text,
})

/** `POST /v1/token` answer: 24 h tokens (`expires_in: 86400`) [C]. */
export const Pax8TokenSchema = v.object({
  access_token: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  expires_in: v.number(),
  token_type: v.string(),
})
