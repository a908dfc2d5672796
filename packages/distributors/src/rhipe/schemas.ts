import * as v from 'valibot'

/*
 * PRISM's answers, as far as sources confirm them (docs/distributors.md, Mate365
 * crawler_module.py / data_to_json.py). Only the fields Seatkeeper reads are declared; everything
 * else passes unread. Fields a source names but whose type or presence nobody confirmed are
 * nullish, and ids are accepted as number or string (the fixture has numbers; [I]).
 */
const text = v.nullish(v.string())

/** An id PRISM writes as a number (CustomerId 310001) or, defensively, a string. */
const IdSchema = v.pipe(
  v.union([v.pipe(v.number(), v.integer()), v.pipe(v.string(), v.trim(), v.minLength(1))]),
  v.transform(String),
)

/** Quantity is a number in every known answer; a numeric string is tolerated ([I]). */
const QuantitySchema = v.union([
  v.pipe(v.number(), v.finite(), v.minValue(0)),
  v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/, 'must be a number'), v.transform(Number)),
])

export const RhipeProgramAgreementSchema = v.object({
  /** The tenant id (Mate365 copies it to TenantId). */
  Id: v.nullish(v.union([v.string(), v.number()])),
  ProgramName: text,
  ProgramReferenceLabel: text,
  ContractAgreementId: v.nullish(IdSchema),
  AgreementEndDate: text,
  IsConsumptionProgram: v.nullish(v.boolean()),
})
export type RhipeProgramAgreement = v.InferOutput<typeof RhipeProgramAgreementSchema>

export const RhipeCustomerSchema = v.object({
  CustomerId: IdSchema,
  CustomerName: v.string(),
  RegistrationNumber: text,
  /** The deactivated indicator ([C]); what deactivation means is [I]. */
  IsActive: v.nullish(v.boolean()),
  /** 0 Partner, 1 EndCustomer, 2 PartnerAndEndCustomer ([C] Mate365). */
  CustomerActingRole: v.nullish(v.number()),
  WebUrl: text,
  Email: text,
  CustomerNotificationEmail: text,
  Street1: text,
  Street2: text,
  Street3: text,
  City: text,
  State: text,
  Postcode: text,
  Country: text,
  CountryIsoCode: text,
  BillingStreet1: text,
  BillingStreet2: text,
  BillingStreet3: text,
  BillingCity: text,
  BillingState: text,
  BillingPostcode: text,
  BillingCountry: text,
  BillingCountryIsoCode: text,
  CustomerProgramAgreements: v.nullish(v.array(RhipeProgramAgreementSchema)),
})
export type RhipeCustomer = v.InferOutput<typeof RhipeCustomerSchema>

/** `GET /api/v1/me/customers`: a bare array, not paginated ([C]). */
export const RhipeCustomersSchema = v.array(RhipeCustomerSchema)

export const RhipeSubscriptionSchema = v.object({
  SubscriptionId: IdSchema,
  /** Values unconfirmed; Active/Suspended/Deleted are likely ([I]). */
  Status: text,
  ProductId: text,
  ProductName: text,
  Quantity: QuantitySchema,
  /** ISO date-time with offset, e.g. 2024-07-01T10:03:22.123+10:00 ([C]). */
  FirstPurchased: text,
  /** "Azure" for consumption plans ([C]). */
  DisplayTemplate: text,
  BillingCycle: text,
  BillingCycleDuration: v.nullish(v.number()),
})
export type RhipeSubscription = v.InferOutput<typeof RhipeSubscriptionSchema>

export const RhipeTenantSchema = v.object({
  TenantId: text,
  TenantStatus: text,
  CustomerId: IdSchema,
  CustomerName: text,
  Subscriptions: v.nullish(v.array(RhipeSubscriptionSchema)),
})
export type RhipeTenant = v.InferOutput<typeof RhipeTenantSchema>

/** `GET /api/v2/contractagreements/{id}/tenants`: a bare array of tenants ([C]). */
export const RhipeTenantsSchema = v.array(RhipeTenantSchema)
