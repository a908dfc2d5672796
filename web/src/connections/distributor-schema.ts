import * as v from 'valibot'

/** One input of a distributor's connection form, as GET /api/distributors lists it. */
export const CredentialFieldSchema = v.object({
  key: v.string(),
  label: v.string(),
  help: v.optional(v.string(), ''),
  required: v.optional(v.boolean(), false),
  secret: v.optional(v.boolean(), false),
  options: v.optional(v.array(v.object({ value: v.string(), label: v.string() }))),
})
export type CredentialField = v.InferOutput<typeof CredentialFieldSchema>

export const DistributorInfoSchema = v.object({
  id: v.string(),
  label: v.string(),
  fields: v.array(CredentialFieldSchema),
  /** Local mode only: the credentials the distributor's simulator accepts. */
  sandbox: v.optional(
    v.object({
      config: v.record(v.string(), v.string()),
      secrets: v.record(v.string(), v.string()),
    }),
  ),
})
export type DistributorInfo = v.InferOutput<typeof DistributorInfoSchema>

export const DistributorListSchema = v.object({ distributors: v.array(DistributorInfoSchema) })
