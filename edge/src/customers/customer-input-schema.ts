import { AddressSchema } from '@seatkeeper/core'
import * as v from 'valibot'

const text = v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters'))

/** POST /api/customers: the fields a person sets on a new customer. */
export const CustomerInputSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'A customer needs a name.'), v.maxLength(500)),
  topLevelId: v.optional(text),
  mainSite: v.optional(AddressSchema),
  domain: v.optional(text),
  tenantId: v.optional(text),
  taxId: v.optional(text),
})

/**
 * PATCH /api/customers/:id: `version` is the customer's version the edit was made from; a field
 * left out is unchanged, an empty string (or an empty mainSite) clears it.
 */
export const CustomerPatchSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: v.optional(
    v.pipe(v.string(), v.trim(), v.minLength(1, 'A customer needs a name.'), v.maxLength(500)),
  ),
  topLevelId: v.optional(text),
  mainSite: v.optional(AddressSchema),
  domain: v.optional(text),
  tenantId: v.optional(text),
  taxId: v.optional(text),
  inactive: v.optional(v.boolean()),
})
