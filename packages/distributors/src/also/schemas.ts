import * as v from 'valibot'
import { AlsoDateSchema } from './parse-date'

/*
 * Shapes of ALSO SimpleAPI answers. Field names: inserveit/also-cloud-marketplace-api-php
 * src/Model/*.php [C]. Wire casing is PascalCase in the legacy F# client's payloads, but the PHP
 * client reads keys case-insensitively [I]: so keys are PascalCased before they are checked, and a
 * camelCase answer reads the same. Values are nullable wherever the PHP model says `?type`.
 */
function pascalKey(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1)
}

const pascalCased = <const TEntries extends v.ObjectEntries>(entries: TEntries) =>
  v.pipe(
    v.record(v.string(), v.unknown(), 'must be an object'),
    v.transform((input) =>
      Object.fromEntries(Object.entries(input).map(([k, val]) => [pascalKey(k), val])),
    ),
    v.object(entries),
  )

/** Account ids are integers in the PHP model; a numeric string is read too [I]. */
const AccountIdSchema = v.pipe(
  v.union(
    [v.pipe(v.number(), v.integer(), v.minValue(0)), v.pipe(v.string(), v.regex(/^\d+$/))],
    'must be a numeric account id',
  ),
  v.transform((id) => String(id)),
)

const text = v.nullish(v.string())
/** Postcodes and the like sometimes come as numbers from JSON serialisers [I]. */
const looseText = v.nullish(v.union([v.string(), v.pipe(v.number(), v.transform(String))]))
/** Money as a number, or a decimal string [I]. */
const money = v.nullish(
  v.union([
    v.pipe(v.number(), v.finite()),
    v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/), v.transform(Number)),
  ]),
)

/** The session token: a bare JSON string [C] (go wrapper strips the quotes). */
export const AlsoSessionTokenSchema = v.pipe(
  v.string('must be the session token as a JSON string'),
  v.minLength(1, 'must not be empty'),
)

export const AlsoCompanySchema = pascalCased({
  AccountId: AccountIdSchema,
  ParentAccountId: v.nullish(AccountIdSchema),
  AccountState: v.string(),
  CompanyName: v.string(),
  VatId: text,
  // string[] in the PHP model; a single string is accepted too [I].
  Domain: v.nullish(v.union([v.array(v.string()), v.string()])),
  Currency: text,
  // One free-text street line, not a structured address [C] (PHP Company::$address).
  Address: text,
  City: text,
  Country: text,
  Zip: looseText,
})
export type AlsoCompany = v.InferOutput<typeof AlsoCompanySchema>

export const AlsoCompaniesSchema = v.array(AlsoCompanySchema, 'must be a list of companies')

/** Licence parameters: the seat count lives here, e.g. {Name:"Quantity"} [I] for the names. */
export const AlsoFieldSchema = pascalCased({
  Name: v.string(),
  DisplayName: text,
  Value: v.unknown(),
})
export type AlsoField = v.InferOutput<typeof AlsoFieldSchema>

/** Buy is PurchasePrice, sell is SalesPrice [C] (PHP PriceableItem). */
export const AlsoPriceableItemSchema = pascalCased({
  ChargeType: text,
  PriceableItemDescription: text,
  IsUdrcField: v.nullish(v.boolean()),
  PurchasePrice: money,
  SalesPrice: money,
  SuggestedRetailPrice: money,
  Currency: text,
  MaterialNumber: text,
  FieldName: text,
  ProductNumber: text,
  // Seen in public integration code (NinjaOne ALSO sync script), spelling included [I]; not in
  // the PHP model, so optional.
  CommitementPeriodInMonths: money,
})
export type AlsoPriceableItem = v.InferOutput<typeof AlsoPriceableItemSchema>

export const AlsoSubscriptionSchema = v.pipe(
  pascalCased({
    AccountId: AccountIdSchema,
    ParentAccountId: v.nullish(AccountIdSchema),
    CompanyAccountId: v.nullish(AccountIdSchema),
    AccountState: v.string(),
    ProvisioningStatus: text,
    ServiceName: text,
    ServiceDisplayName: text,
    ProductName: text,
    VendorReferenceId: text,
    ContractEndDate: v.nullish(AlsoDateSchema),
    ScheduledTerminationDate: v.nullish(AlsoDateSchema),
    // "Renew" when the subscription renews at the end of its term (NinjaOne ALSO sync script) [I].
    AdvancePeriodEndAction: text,
    Fields: v.nullish(v.array(AlsoFieldSchema)),
    PriceableItems: v.nullish(v.array(AlsoPriceableItemSchema)),
  }),
  v.forward(
    v.check(
      (s) => Boolean(s.ProductName || s.ServiceDisplayName || s.ServiceName),
      'is missing (a subscription needs a ProductName, ServiceDisplayName or ServiceName)',
    ),
    ['ProductName'],
  ),
)
export type AlsoSubscription = v.InferOutput<typeof AlsoSubscriptionSchema>

export const AlsoSubscriptionsSchema = v.array(
  AlsoSubscriptionSchema,
  'must be a list of subscriptions',
)
