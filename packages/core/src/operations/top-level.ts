import * as v from 'valibot'
import { TopLevelSchema } from '../model/register'

/** A person (or a CSV import) adds a top level; no planner touches top levels. */
export const CreateTopLevelSchema = v.object({
  op: v.literal('createTopLevel'),
  after: TopLevelSchema,
})
export type CreateTopLevel = v.InferOutput<typeof CreateTopLevelSchema>

/** Only an undo of its creation removes a top level, and only once no customer is in it. */
export const RemoveTopLevelSchema = v.object({
  op: v.literal('removeTopLevel'),
  before: TopLevelSchema,
})
