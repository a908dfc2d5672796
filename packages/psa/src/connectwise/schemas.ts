import * as v from 'valibot'

// Shapes from the models of pyconnectwise (`Company`, `Agreement`, `Addition`) and connectwise-rest,
// generated from ConnectWise's spec (billing-apis.md §2). Only what Seatkeeper reads is checked.
const maybe = <S extends v.GenericSchema>(schema: S) => v.nullish(schema)
const Ref = v.object({ id: v.pipe(v.number(), v.integer()), name: maybe(v.string()) })
const CwDate = maybe(
  v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/, 'must start with a date YYYY-MM-DD')),
)

export const CwCompanyInfoSchema = v.object({
  Codebase: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9_.]+\/?$/, 'must be a codebase such as v2025_1/'),
  ),
})

export const CwCompanySchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  identifier: maybe(v.string()),
  name: v.string(),
  status: maybe(Ref),
  types: maybe(v.array(Ref)),
  website: maybe(v.string()),
  deletedFlag: maybe(v.boolean()),
  currency: maybe(v.object({ currencyCode: maybe(v.string()) })),
})
export type CwCompany = v.InferOutput<typeof CwCompanySchema>

export const CwAgreementSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  name: maybe(v.string()),
  company: v.object({ id: v.pipe(v.number(), v.integer()), name: maybe(v.string()) }),
  agreementStatus: maybe(v.string()),
  cancelledFlag: maybe(v.boolean()),
  billingCycle: maybe(Ref),
  prorateFlag: maybe(v.boolean()),
  currency: maybe(v.object({ currencyCode: maybe(v.string()) })),
})
export type CwAgreement = v.InferOutput<typeof CwAgreementSchema>

export const CwAdditionSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  agreementId: maybe(v.pipe(v.number(), v.integer())),
  product: v.object({ id: v.pipe(v.number(), v.integer()), identifier: maybe(v.string()) }),
  description: maybe(v.string()),
  invoiceDescription: maybe(v.string()),
  quantity: v.pipe(v.number(), v.finite()),
  lessIncluded: maybe(v.pipe(v.number(), v.finite())),
  unitPrice: maybe(v.pipe(v.number(), v.finite())),
  unitCost: maybe(v.pipe(v.number(), v.finite())),
  billCustomer: v.picklist(
    ['Billable', 'DoNotBill', 'NoCharge'],
    "must be 'Billable', 'DoNotBill' or 'NoCharge'",
  ),
  effectiveDate: CwDate,
  cancelledDate: CwDate,
  taxableFlag: maybe(v.boolean()),
})
export type CwAddition = v.InferOutput<typeof CwAdditionSchema>

export const CwErrorSchema = v.object({
  code: maybe(v.string()),
  message: maybe(v.string()),
  errors: maybe(v.array(v.object({ message: maybe(v.string()), field: maybe(v.string()) }))),
})
