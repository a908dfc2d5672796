import * as v from 'valibot'

// The shapes of ArrowSphere's answers, from docs/distributors.md (official nodejs/PHP clients)
// and the fixtures in fixtures/distributors/arrowsphere. Only the keys Seatkeeper reads are
// declared; v.object ignores the many others (Contact, customFields, offer, filters…).

/** Optional text: the PHP API sends null or "" for a value it does not have. */
const text = v.nullish(v.string())
const reference = v.pipe(v.string(), v.minLength(1, 'must not be empty'))
/** An ISO-8601 date or date-time; "" or null when unknown. */
const dateText = v.nullish(
  v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2}.*)?$/, 'must be an ISO-8601 date')),
)
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
/** A number the PHP API may send as a numeric string ("25") [I]. */
const looseNumber = v.union([
  v.pipe(v.number(), v.minValue(0)),
  v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/), v.transform(Number)),
])

export const WhoAmIResponseSchema = v.object({
  data: v.object({
    companyName: v.string(),
    reference: text,
    preferredCurrency: text,
  }),
})
export type WhoAmIResponse = v.InferOutput<typeof WhoAmIResponseSchema>

export const ArrowCustomerSchema = v.object({
  /** "XSP12345": the customer_ref every other call uses. */
  Reference: reference,
  CompanyName: v.string(),
  AddressLine1: text,
  AddressLine2: text,
  Zip: text,
  City: text,
  State: text,
  CountryCode: text,
  WebsiteUrl: text,
  TaxNumber: text,
  // PHP serialises an empty associative array as [], so Details is [] when a customer has none
  // (PHP CustomersClientTest JSON); its keys are cased differently by the two SDKs (TenantID in
  // nodejs details.ts, TenantId in the PHP doc), so they are read case-insensitively later. [I]
  Details: v.nullish(v.union([v.array(v.unknown()), v.record(v.string(), v.unknown())])),
  /** No status field exists on customers; a date here is the only sign of deletion. */
  DeletedAt: dateText,
})
export type ArrowCustomer = v.InferOutput<typeof ArrowCustomerSchema>

/** GET /customers: snake_case pagination. */
export const CustomersPageSchema = v.object({
  data: v.object({ customers: v.array(ArrowCustomerSchema) }),
  // current_page is echoed back but never needed (page 1 is asked for, then 2…), so a page
  // without it still reads [C: nodejs/PHP clients never read it either].
  pagination: v.object({
    current_page: v.nullish(count),
    total_page: count,
    total: v.nullish(count),
  }),
})
export type CustomersPage = v.InferOutput<typeof CustomersPageSchema>

export const ArrowLicenseSchema = v.object({
  /** "XSP900001": the licence's ArrowSphere reference. */
  partner_ref: reference,
  customer_ref: reference,
  offer: text,
  friendly_name: text,
  sku: text,
  status_code: v.pipe(looseNumber, v.integer()),
  isEnabled: v.nullish(v.boolean()),
  trial: v.nullish(v.boolean()),
  auto_renew: v.nullish(v.boolean()),
  /** Null on some licences in real answers (SDK test data) [C]: that licence is named, not read. */
  seat: v.nullish(looseNumber),
  start_date: dateText,
  end_date: dateText,
  next_renewal_date: dateText,
  /** Billing cycle in hours on a 30-day/360-day basis (nodejs licenses README). */
  periodicity: v.nullish(v.number()),
  /** Commitment in hours, same basis. */
  term: v.nullish(v.number()),
  price: v.nullish(
    v.object({
      buy_price: v.nullish(v.number()),
      sell_price: v.nullish(v.number()),
      currency: text,
    }),
  ),
})
export type ArrowLicense = v.InferOutput<typeof ArrowLicenseSchema>

/** POST /licenses/v2/find: camelCase pagination, unlike /customers. */
export const LicensesFindPageSchema = v.object({
  results: v.array(v.object({ license: ArrowLicenseSchema })),
  pagination: v.object({
    currentPage: v.nullish(count),
    totalPage: count,
    total: v.nullish(count),
  }),
})
export type LicensesFindPage = v.InferOutput<typeof LicensesFindPageSchema>

/** The error body of every 4xx/5xx (nodejs APIResponseError); `messages` is read as text or list. [I] */
export const ArrowErrorBodySchema = v.object({
  status: v.nullish(v.number()),
  error: text,
  messages: v.nullish(v.union([v.string(), v.array(v.string())])),
})
export type ArrowErrorBody = v.InferOutput<typeof ArrowErrorBodySchema>
