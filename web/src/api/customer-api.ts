import {
  CsvImportResultSchema,
  CustomerSchema,
  type CsvImportResult,
  type Customer,
  type CustomerInput,
  type CustomerPatch,
} from '@seatkeeper/core'
import { parseWith } from './parse-with'
import { sendJson } from './send-json'

/** POST /api/customers → the created customer; `idempotencyKey` names the intent (docs/api.md). */
export function createCustomer(input: CustomerInput, idempotencyKey?: string): Promise<Customer> {
  return sendJson(
    'POST',
    '/api/customers',
    input,
    parseWith(CustomerSchema, 'POST /api/customers'),
    undefined,
    idempotencyKey,
  )
}

/** PATCH /api/customers/:id → the updated customer; 409 (ApiError) when `version` is stale. */
export function updateCustomer(id: string, patch: CustomerPatch): Promise<Customer> {
  const path = `/api/customers/${encodeURIComponent(id)}` as const
  return sendJson('PATCH', path, patch, parseWith(CustomerSchema, `PATCH ${path}`))
}

/** POST /api/customers/import: valid rows imported in one run, bad rows reported by line. */
export function importCustomersCsv(csv: string, idempotencyKey?: string): Promise<CsvImportResult> {
  return sendJson(
    'POST',
    '/api/customers/import',
    { csv },
    parseWith(CsvImportResultSchema, 'POST /api/customers/import'),
    undefined,
    idempotencyKey,
  )
}
