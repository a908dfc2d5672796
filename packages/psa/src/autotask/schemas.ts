import * as v from 'valibot'

// Shapes from the Autotask REST swagger v1 (KelvinTegelaar/AutotaskAPI v1.json) with camelCase keys
// as on the wire (Anteris-Dev/autotask-client, django-autotask); only what Seatkeeper reads.
const maybe = <S extends v.GenericSchema>(schema: S) => v.nullish(schema)
const Id = v.pipe(v.number(), v.integer())
const AtDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}/, 'must start with a date YYYY-MM-DD'),
)

export const atPage = <S extends v.GenericSchema>(item: S) =>
  v.object({
    items: v.array(item),
    pageDetails: v.object({ nextPageUrl: maybe(v.pipe(v.string(), v.url('must be a URL'))) }),
  })

export const AtCompanySchema = v.object({
  id: Id,
  companyName: v.string(),
  companyType: maybe(Id),
  isActive: maybe(v.boolean()),
  webAddress: maybe(v.string()),
  taxID: maybe(v.string()),
})
export type AtCompany = v.InferOutput<typeof AtCompanySchema>

export const AtContractSchema = v.object({
  id: Id,
  companyID: Id,
  contractName: maybe(v.string()),
  status: maybe(Id),
})
export type AtContract = v.InferOutput<typeof AtContractSchema>

export const AtContractServiceSchema = v.object({
  id: Id,
  contractID: Id,
  serviceID: Id,
  unitPrice: maybe(v.pipe(v.number(), v.finite())),
  unitCost: maybe(v.pipe(v.number(), v.finite())),
  invoiceDescription: maybe(v.string()),
})
export type AtContractService = v.InferOutput<typeof AtContractServiceSchema>

export const AtServiceUnitSchema = v.object({
  contractServiceID: Id,
  startDate: AtDate,
  endDate: AtDate,
  units: v.pipe(v.number(), v.finite()),
})
export type AtServiceUnit = v.InferOutput<typeof AtServiceUnitSchema>

export const AtServiceSchema = v.object({
  id: Id,
  name: v.string(),
  periodType: maybe(Id),
  manufacturerServiceProviderProductNumber: maybe(v.string()),
})
export type AtService = v.InferOutput<typeof AtServiceSchema>
