import * as v from 'valibot'

/*
 * Shapes from Crayon's own .NET SDK (CrayonGroup/crayon-api-sdk, Domain/) and the bjerkio
 * crayon-api-js OpenAPI [C]; see docs/distributors.md. Only what the adapter reads is required;
 * every other documented field is accepted as given.
 */

/** Ids are integers in the SDK [C]; a gateway writing them as digit strings is tolerated [I]. */
const Id = v.pipe(
  v.union([
    v.pipe(v.number(), v.integer('must be a whole number')),
    v.pipe(v.string(), v.regex(/^\d+$/, 'must be a whole number')),
  ]),
  v.transform(String),
)

const Reference = v.object({
  id: v.nullish(v.union([v.number(), v.string()])),
  name: v.nullish(v.string()),
})

/** `GET /api/v1/customertenants/` item [C: CustomerTenant.cs, OpenAPI]. */
export const CrayonTenantSchema = v.object({
  id: Id,
  name: v.string(),
  publisher: v.nullish(Reference),
  /** The Microsoft tenant id for Microsoft tenants [C]. */
  publisherCustomerId: v.nullish(v.string()),
  externalPublisherCustomerId: v.nullish(v.string()),
  domain: v.nullish(v.string()),
  domainPrefix: v.nullish(v.string()),
  reference: v.nullish(v.string()),
  /** EntityStatus: None = 0, Removed = 1 [C: Domain/Common/EntityStatus.cs]. Kept a number here. */
  entityStatus: v.nullish(v.number()),
  organization: v.nullish(Reference),
})
export type CrayonTenant = v.InferOutput<typeof CrayonTenantSchema>

/** `GET /api/v1/subscriptions/` item [C: Subscription.cs, OpenAPI]. */
export const CrayonSubscriptionSchema = v.object({
  id: Id,
  publisherSubscriptionId: v.nullish(v.string()),
  customerTenant: v.object({ id: Id, name: v.nullish(v.string()) }),
  product: v.nullish(
    v.object({
      id: v.nullish(v.union([v.number(), v.string()])),
      partNumber: v.nullish(v.string()),
      itemName: v.nullish(v.string()),
    }),
  ),
  name: v.nullish(v.string()),
  quantity: v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(0, 'must not be negative'),
  ),
  /** A bit-flag int [C]; decoded in subscription-status.ts, where an unknown bit is a problem. */
  status: v.pipe(v.number(), v.integer('must be a whole number')),
  isTrial: v.nullish(v.boolean()),
  /** BillingCycleType: Unknown 0, Monthly 1, Annual 2, None 3, OneTime 4, Triennial 5 [C]. */
  billingCycle: v.nullish(v.number()),
  creationDate: v.nullish(v.string()),
  startDate: v.nullish(v.string()),
  endDate: v.nullish(v.string()),
  /** ISO 8601 duration, "P1M" / "P1Y" / "P3Y" [C: OpenAPI]. */
  termDuration: v.nullish(v.string()),
  autoRenewEnabled: v.nullish(v.boolean()),
  priceType: v.nullish(v.number()),
  salesPrice: v.nullish(v.number()),
  markup: v.nullish(v.number()),
  partNumber: v.nullish(v.string()),
})
export type CrayonSubscription = v.InferOutput<typeof CrayonSubscriptionSchema>

/**
 * A page of a listing. The SDK deserialises `{Items, TotalHits}` (ApiCollection.cs) [C]; JSON on the
 * wire is camelCase as in the OpenAPI [I], so both casings are read. The OpenAPI's bare array is
 * also read [I]: then there is no total, and paging stops at the first short page.
 */
export function crayonPageSchema<T extends v.GenericSchema>(item: T) {
  return v.union([
    v.pipe(
      v.object({ items: v.array(item), totalHits: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
      v.transform((page) => ({
        items: page.items,
        totalHits: page.totalHits as number | undefined,
      })),
    ),
    v.pipe(
      v.object({ Items: v.array(item), TotalHits: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
      v.transform((page) => ({
        items: page.Items,
        totalHits: page.TotalHits as number | undefined,
      })),
    ),
    v.pipe(
      v.array(item),
      v.transform((items) => ({ items, totalHits: undefined as number | undefined })),
    ),
  ])
}

/**
 * The token answer: the SDK's Token model is {AccessToken, ExpiresIn, …} [C], read from the
 * standard OIDC snake_case fields on the wire [I]. Both casings are read.
 */
export const CrayonTokenSchema = v.union([
  v.pipe(
    v.object({
      access_token: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
      expires_in: v.pipe(v.number(), v.minValue(1)),
    }),
    v.transform((t) => ({ accessToken: t.access_token, expiresIn: t.expires_in })),
  ),
  v.pipe(
    v.object({
      AccessToken: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
      ExpiresIn: v.pipe(v.number(), v.minValue(1)),
    }),
    v.transform((t) => ({ accessToken: t.AccessToken, expiresIn: t.ExpiresIn })),
  ),
])

/** An API error: {ErrorCode, Message, Parameters, ObjectErrors} [C: Domain/Common/Error.cs], either casing [I]. */
export const CrayonErrorSchema = v.object({
  ErrorCode: v.nullish(v.union([v.string(), v.number()])),
  errorCode: v.nullish(v.union([v.string(), v.number()])),
  Message: v.nullish(v.string()),
  message: v.nullish(v.string()),
})

/** The token endpoint's refusal: standard OIDC `{error, error_description?}` [I]. */
export const CrayonTokenErrorSchema = v.object({
  error: v.string(),
  error_description: v.nullish(v.string()),
})
