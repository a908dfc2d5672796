import * as v from 'valibot'
import { MappingOriginSchema, MappingSchema } from '../model/register'
import { changeField } from './change-field'

export const MappingChangeSchema = v.object({
  externalName: changeField(v.string()),
  customerId: changeField(v.string()),
  origin: changeField(MappingOriginSchema),
})
export type MappingChange = v.InferOutput<typeof MappingChangeSchema>

export const AddMappingSchema = v.object({ op: v.literal('addMapping'), after: MappingSchema })

export const UpdateMappingSchema = v.object({
  op: v.literal('updateMapping'),
  connectionId: v.string(),
  externalCustomerId: v.string(),
  before: MappingChangeSchema,
  after: MappingChangeSchema,
})

export const RemoveMappingSchema = v.object({
  op: v.literal('removeMapping'),
  before: MappingSchema,
})
