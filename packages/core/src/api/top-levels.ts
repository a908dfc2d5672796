import * as v from 'valibot'
import { NAME_MAX, registerText } from '../model/register-text'

/** POST /api/top-levels → 201 TopLevel. */
export const TopLevelInputSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), registerText(NAME_MAX)),
})
export type TopLevelInput = v.InferOutput<typeof TopLevelInputSchema>
