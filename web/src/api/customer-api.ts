import { AddressSchema, CustomerSchema, type Customer } from '@seatkeeper/core'
import * as v from 'valibot'
import { parseWith } from './parse-with'
import { sendJson } from './send-json'

/** The fields a person may set on a customer (POST /api/customers). */
export const CustomerInputSchema = v.object({
  name: v.string(),
  topLevelId: v.optional(v.string()),
  mainSite: v.optional(AddressSchema),
  domain: v.optional(v.string()),
  tenantId: v.optional(v.string()),
  taxId: v.optional(v.string()),
})
export type CustomerInput = v.InferOutput<typeof CustomerInputSchema>

/** PATCH /api/customers/:id: `version` is the customer's version the edit was made from. */
export const CustomerPatchSchema = v.object({
  version: v.number(),
  ...v.partial(CustomerInputSchema).entries,
  inactive: v.optional(v.boolean()),
})
export type CustomerPatch = v.InferOutput<typeof CustomerPatchSchema>

export const CsvImportResultSchema = v.object({
  imported: v.number(),
  runId: v.nullable(v.string()),
  errors: v.array(v.object({ line: v.number(), message: v.string() })),
})
export type CsvImportResult = v.InferOutput<typeof CsvImportResultSchema>

/** POST /api/customers → the created customer. */
export function createCustomer(input: CustomerInput): Promise<Customer> {
  return sendJson('POST', '/api/customers', input, parseWith(CustomerSchema, 'POST /api/customers'))
}

/** PATCH /api/customers/:id → the updated customer; 409 (ApiError) when `version` is stale. */
export function updateCustomer(id: string, patch: CustomerPatch): Promise<Customer> {
  const path = `/api/customers/${encodeURIComponent(id)}` as const
  return sendJson('PATCH', path, patch, parseWith(CustomerSchema, `PATCH ${path}`))
}

/** POST /api/customers/import: valid rows imported in one run, bad rows reported by line. */
export function importCustomersCsv(csv: string): Promise<CsvImportResult> {
  return sendJson(
    'POST',
    '/api/customers/import',
    { csv },
    parseWith(CsvImportResultSchema, 'POST /api/customers/import'),
  )
}
