import * as v from 'valibot'
import {
  CreateBillingLineSchema,
  DismissFindingSchema,
  LinkSubscriptionSchema,
  MarkNotBillableSchema,
  RemoveBillingLineSchema,
  RestoreFindingSchema,
  UpdateBillingLineSchema,
} from './billing'
import { CreateCustomerSchema, RemoveCustomerSchema, UpdateCustomerSchema } from './customer'
import { AddMappingSchema, RemoveMappingSchema, UpdateMappingSchema } from './mapping'
import {
  CreateSubscriptionSchema,
  DeactivateSubscriptionSchema,
  RemoveSubscriptionSchema,
  UpdateSubscriptionSchema,
  ZeroSubscriptionSchema,
} from './subscription'
import { CreateTopLevelSchema, RemoveTopLevelSchema } from './top-level'

/**
 * The operations a plan may carry: what the planners make and a client may send. The removals of
 * whole records and top levels (and a dismissal's restore) are left out: only the register makes
 * those (an undo, a person's edit), so a plan can never delete a customer or a billing line.
 */
export const PlanOperationSchema = v.variant('op', [
  CreateCustomerSchema,
  UpdateCustomerSchema,
  AddMappingSchema,
  UpdateMappingSchema,
  RemoveMappingSchema,
  CreateSubscriptionSchema,
  UpdateSubscriptionSchema,
  DeactivateSubscriptionSchema,
  ZeroSubscriptionSchema,
  CreateBillingLineSchema,
  UpdateBillingLineSchema,
  LinkSubscriptionSchema,
  MarkNotBillableSchema,
  DismissFindingSchema,
])
export type PlanOperation = v.InferOutput<typeof PlanOperationSchema>

/**
 * Every change the register accepts, each recorded in a run with its before/after. A new kind of
 * change is a schema in this folder, a case in `applyOperations`, `invertOperations` and `recordOf`.
 */
export const OperationSchema = v.variant('op', [
  ...PlanOperationSchema.options,
  CreateTopLevelSchema,
  RemoveTopLevelSchema,
  RemoveCustomerSchema,
  RemoveSubscriptionSchema,
  RemoveBillingLineSchema,
  RestoreFindingSchema,
])
export type Operation = v.InferOutput<typeof OperationSchema>
export type OperationKind = Operation['op']
