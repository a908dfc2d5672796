import * as v from 'valibot'

/** One input of a distributor's connection form. */
export const CredentialFieldSchema = v.object({
  key: v.string(),
  label: v.string(),
  help: v.string(),
  required: v.boolean(),
  secret: v.boolean(),
  /** A choice (region, environment); the sandbox one only in local mode. */
  options: v.optional(v.array(v.object({ value: v.string(), label: v.string() }))),
})
export type CredentialField = v.InferOutput<typeof CredentialFieldSchema>

/** The credentials one simulator accepts, by the adapter's field keys (local mode only). */
export const SandboxCredentialsSchema = v.object({
  config: v.record(v.string(), v.string()),
  secrets: v.record(v.string(), v.string()),
})
export type SandboxCredentials = v.InferOutput<typeof SandboxCredentialsSchema>

/** One distributor Seatkeeper can connect to, with its form. */
export const DistributorInfoSchema = v.object({
  id: v.string(),
  label: v.string(),
  fields: v.array(CredentialFieldSchema),
  sandbox: v.optional(SandboxCredentialsSchema),
})
export type DistributorInfo = v.InferOutput<typeof DistributorInfoSchema>

/** GET /api/distributors: each adapter's form. */
export const DistributorListSchema = v.object({ distributors: v.array(DistributorInfoSchema) })
export type DistributorList = v.InferOutput<typeof DistributorListSchema>

/** GET /api/psas: each PSA adapter's form, in the same shape as a distributor's. */
export const PsaListSchema = v.object({ psas: v.array(DistributorInfoSchema) })
export type PsaList = v.InferOutput<typeof PsaListSchema>
