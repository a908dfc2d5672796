import * as v from 'valibot'

/*
 * Valibot shapes of the Dicker Data B2B API answers (docs/distributors.md). Field names come from
 * public integration code (threepointnz DickerAPI.php, ashishp1202 AccessKeyRequest) [C]; most value
 * formats and every nullability are inferred [I], so optional/nullable is used wherever only one
 * sample was ever seen. Unknown extra keys are allowed (v.object strips them), because the real API
 * may send more than the two public clients read.
 */

/** A string the API may send as null, leave out, or send empty: all mean "not set" [I]. */
const maybeString = v.optional(v.nullable(v.string()))

/** POST AccessKeyRequest → {"AccessKey","Status"}; "GRANTED" is confirmed, "DENIED" is [I]. */
export const AccessKeyResponseSchema = v.object({
  AccessKey: v.nullish(v.string()),
  Status: v.string(),
})
export type AccessKeyResponse = v.InferOutput<typeof AccessKeyResponseSchema>

/**
 * One row of Subscriptions/GetTenant. The whole shape is inferred [I] by analogy with
 * GetSubscriptionDetails. TenantId is nullable because a customer without an assigned CSP tenant
 * is assumed to be listed with an empty tenant [I]; `Status` is not in any sample and is read only
 * when present.
 */
export const TenantSchema = v.object({
  AccountCode: maybeString,
  TenantId: maybeString,
  CompanyName: v.string(),
  TenantDescription: maybeString,
  SubscriptionType: maybeString,
  Status: maybeString,
})
export type Tenant = v.InferOutput<typeof TenantSchema>

export const GetTenantResponseSchema = v.object({ Out: v.array(TenantSchema) })

/** ConfirmedQuantity is a number in the sample; a numeric string is accepted too [I]. */
const quantity = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.regex(/^\s*\d+(\.\d+)?\s*$/, 'must be a number'), v.transform(Number)),
])

/** One row of Subscriptions/GetSubscriptionDetails (field list [C], nullability [I]). */
export const SubscriptionDetailSchema = v.object({
  AccountCode: maybeString,
  TenantId: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  CompanyName: maybeString,
  TenantDescription: maybeString,
  SubscriptionId: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  ParentSubscriptionId: maybeString,
  SubscriptionReference: maybeString,
  StockCode: maybeString,
  StockDescription: maybeString,
  ManufacturerStockCode: maybeString,
  Status: v.string(),
  BillingFrequency: maybeString,
  LastBillingDate: maybeString,
  NextBillingDate: maybeString,
  ExpiryDate: maybeString,
  ConfirmedQuantity: quantity,
  // Serials is null in every sample; its non-null shape is unknown [I], so it is not read.
  Serials: v.optional(v.unknown()),
})
export type SubscriptionDetail = v.InferOutput<typeof SubscriptionDetailSchema>

export const GetSubscriptionDetailsResponseSchema = v.object({
  Out: v.array(SubscriptionDetailSchema),
})

/**
 * What an error answer may carry. The body shape is unknown [I]: the token exchange answers with
 * `Status`, and an ASP.NET Web API host (which the PascalCase JSON suggests) answers `{"Message"}`.
 */
export const ErrorBodySchema = v.object({
  Message: v.optional(v.string()),
  message: v.optional(v.string()),
  error: v.optional(v.string()),
  Status: v.optional(v.nullable(v.string())),
})
