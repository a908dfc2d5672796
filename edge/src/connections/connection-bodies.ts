import * as v from 'valibot'

const MAX_VALUE_LENGTH = 4096

/** Field values by key; secrets are never echoed in a validation message (see parse-body.ts). */
const ValuesSchema = v.record(
  v.pipe(v.string(), v.maxLength(64)),
  v.pipe(v.string(), v.maxLength(MAX_VALUE_LENGTH)),
)

const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))

export const CreateConnectionBodySchema = v.object({
  distributor: v.pipe(v.string(), v.minLength(1)),
  name: NameSchema,
  config: v.optional(ValuesSchema, {}),
  secrets: v.optional(ValuesSchema, {}),
})
export type CreateConnectionBody = v.InferOutput<typeof CreateConnectionBodySchema>

export const UpdateConnectionBodySchema = v.object({
  name: v.optional(NameSchema),
  config: v.optional(ValuesSchema),
  secrets: v.optional(ValuesSchema),
})
export type UpdateConnectionBody = v.InferOutput<typeof UpdateConnectionBodySchema>
