import * as v from 'valibot'
import { AddressSchema } from '../model/external'
import { CustomerSchema } from '../model/register'
import { changeField } from './change-field'

export const CustomerChangeSchema = v.object({
  name: changeField(v.string()),
  topLevelId: changeField(v.string()),
  mainSite: changeField(AddressSchema),
  domain: changeField(v.string()),
  tenantId: changeField(v.string()),
  taxId: changeField(v.string()),
  inactive: changeField(v.boolean()),
})
export type CustomerChange = v.InferOutput<typeof CustomerChangeSchema>

export const CreateCustomerSchema = v.object({
  op: v.literal('createCustomer'),
  after: CustomerSchema,
})
export type CreateCustomer = v.InferOutput<typeof CreateCustomerSchema>

export const UpdateCustomerSchema = v.object({
  op: v.literal('updateCustomer'),
  customerId: v.string(),
  before: CustomerChangeSchema,
  after: CustomerChangeSchema,
})

/** Only an undo of its creation removes a customer, and only once nothing points at it. */
export const RemoveCustomerSchema = v.object({
  op: v.literal('removeCustomer'),
  before: CustomerSchema,
})
