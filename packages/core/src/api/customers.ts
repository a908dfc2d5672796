import * as v from 'valibot'
import { RegisterAddressSchema } from '../model/register'
import { NAME_MAX, registerText, TEXT_MAX } from '../model/register-text'

const text = v.pipe(registerText(TEXT_MAX), v.trim())
const name = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'A customer needs a name.'),
  registerText(NAME_MAX),
)

/** A Microsoft tenant id is a GUID (Entra ID > Overview > Tenant ID); empty clears it. */
export const TENANT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const tenantId = v.pipe(
  v.string(),
  v.trim(),
  v.check(
    (id) => id === '' || TENANT_ID_PATTERN.test(id),
    'must be a Microsoft tenant id: a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301 (Entra ID > Overview)',
  ),
)
/**
 * Set when the person saw that another customer has this name and means it: without it a create
 * or rename to an existing name (case-insensitive, trimmed) is a 409 naming that customer.
 */
const allowDuplicateName = v.optional(v.boolean())

/** POST /api/customers: the fields a person sets on a new customer → 201 Customer. */
export const CustomerInputSchema = v.object({
  name,
  topLevelId: v.optional(text),
  mainSite: v.optional(RegisterAddressSchema),
  domain: v.optional(text),
  tenantId: v.optional(tenantId),
  taxId: v.optional(text),
  allowDuplicateName,
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
  mainSite: v.optional(RegisterAddressSchema),
  domain: v.optional(text),
  tenantId: v.optional(tenantId),
  taxId: v.optional(text),
  inactive: v.optional(v.boolean()),
  allowDuplicateName,
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
