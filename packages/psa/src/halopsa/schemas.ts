import * as v from 'valibot'

// Shapes from the Halo API v2 swagger (covenanttechnologysolutions/halopsa-rest, schemas `Area`,
// `InvoiceHeader`, `InvoiceDetail`, `InvoiceDetailQuantity`, `Licence_List`) and a real response
// (billing-apis.md §1). Only the fields Seatkeeper reads are checked; the rest pass through.
// Halo sends many optional fields as null, so "optional" here means "may be missing or null".

const maybe = <S extends v.GenericSchema>(schema: S) => v.nullish(schema)

export const HaloAuthInfoSchema = v.object({
  auth_url: v.pipe(v.string(), v.url('must be a URL')),
  tenant_id: maybe(v.string()),
})

const ExternalLinkSchema = v.object({
  third_party_id: maybe(v.union([v.string(), v.number()])),
})

export const HaloClientSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  name: v.string(),
  inactive: maybe(v.boolean()),
  website: maybe(v.string()),
  domain: maybe(v.string()),
  currencyisocode: maybe(v.string()),
  external_links: maybe(v.array(ExternalLinkSchema)),
})
export type HaloClient = v.InferOutput<typeof HaloClientSchema>

export const HaloClientsPageSchema = v.object({
  record_count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  clients: v.array(HaloClientSchema),
})

const QuantityLinkSchema = v.object({
  licence_id: maybe(v.pipe(v.number(), v.integer())),
  minimum_qty: maybe(v.number()),
  qty_free: maybe(v.number()),
})

/** Halo writes dates as local date-times without a zone ("2023-01-01T00:00:00") or null. */
const HaloDateSchema = maybe(
  v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/, 'must start with a date YYYY-MM-DD')),
)

export const HaloLineSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  /** The recurring invoice's id: negative for recurring invoices [C, community]. */
  ihid: v.pipe(v.number(), v.integer()),
  item_code: maybe(v.string()),
  item_shortdescription: maybe(v.string()),
  qty_order: v.pipe(v.number(), v.finite()),
  unit_price: v.pipe(v.number(), v.finite()),
  unit_cost: maybe(v.pipe(v.number(), v.finite())),
  isinactive: maybe(v.boolean()),
  startdate: HaloDateSchema,
  enddate: HaloDateSchema,
  /** 0 manual, 1 licence-linked, 2 per user: observed values; the enum is not published [I]. */
  recurring_invoice_quantity_type: maybe(v.pipe(v.number(), v.integer())),
  quantity_licences: maybe(v.array(QuantityLinkSchema)),
})
export type HaloLine = v.InferOutput<typeof HaloLineSchema>

export const HaloInvoiceSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  client_id: v.pipe(v.number(), v.integer()),
  client_name: maybe(v.string()),
  disabled: maybe(v.boolean()),
  /** 2 is monthly in the sample; other values are not published [I]. */
  period: maybe(v.pipe(v.number(), v.integer())),
  lines: maybe(v.array(HaloLineSchema)),
})
export type HaloInvoice = v.InferOutput<typeof HaloInvoiceSchema>

export const HaloInvoicesPageSchema = v.object({
  record_count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  invoices: v.array(HaloInvoiceSchema),
})

export const HaloLicenceSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  count: v.pipe(v.number(), v.finite()),
  /** A deleted licence counts no seats [I]. */
  deleted: maybe(v.boolean()),
})
export type HaloLicence = v.InferOutput<typeof HaloLicenceSchema>

/** `GET /api/SoftwareLicence` → `{…, licences:[…]}` [C: swagger `Licence_List`]; paged like the others [I]. */
export const HaloLicencesPageSchema = v.object({
  record_count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  licences: v.array(HaloLicenceSchema),
})

/** Error bodies Halo sends, as HaloAPI's New-HaloError.ps1 reads them [C]. */
export const HaloErrorSchema = v.object({
  resultCode: maybe(v.union([v.string(), v.number()])),
  errorMessage: maybe(v.string()),
  ClassName: maybe(v.string()),
  Message: maybe(v.string()),
  error: maybe(v.string()),
  error_description: maybe(v.string()),
})
