import * as v from 'valibot'

/** POST /api/top-levels → 201 TopLevel. */
export const TopLevelInputSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
})
export type TopLevelInput = v.InferOutput<typeof TopLevelInputSchema>
