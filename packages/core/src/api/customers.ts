import * as v from 'valibot'
import { AddressSchema } from '../model/external'

const text = v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters'))
const name = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'A customer needs a name.'),
  v.maxLength(500),
)

/** POST /api/customers: the fields a person sets on a new customer → 201 Customer. */
export const CustomerInputSchema = v.object({
  name,
  topLevelId: v.optional(text),
  mainSite: v.optional(AddressSchema),
  domain: v.optional(text),
  tenantId: v.optional(text),
  taxId: v.optional(text),
})
export type CustomerInput = v.InferOutput<typeof CustomerInputSchema>

/**
 * PATCH /api/customers/:id → Customer. `version` is the customer's version the edit was made
 * from; a field left out is unchanged, an empty string (or an empty mainSite) clears it.
 */
export const CustomerPatchSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: v.optional(name),
  topLevelId: v.optional(text),
  mainSite: v.optional(AddressSchema),
  domain: v.optional(text),
  tenantId: v.optional(text),
  taxId: v.optional(text),
  inactive: v.optional(v.boolean()),
})
export type CustomerPatch = v.InferOutput<typeof CustomerPatchSchema>

/** POST /api/customers/import: a spreadsheet of a few hundred thousand customers at most. */
export const CustomerCsvSchema = v.object({ csv: v.pipe(v.string(), v.maxLength(5_000_000)) })

/** The good rows imported in one run; each bad row by its line. */
export const CsvImportResultSchema = v.object({
  imported: v.number(),
  runId: v.nullable(v.string()),
  errors: v.array(v.object({ line: v.number(), message: v.string() })),
})
export type CsvImportResult = v.InferOutput<typeof CsvImportResultSchema>
