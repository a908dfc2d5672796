import type { ExternalCustomer } from '../model/external'
import type { Plan } from '../operations/plan'
import type { Register } from '../model/register'
import type { ConnectionRef, CustomerImportOptions } from '../model/settings'
import { customerOperations } from './customer-operations'
import { PlanBuilder } from './plan-builder'

export type CustomerImportInput = {
  connection: ConnectionRef
  externalCustomers: readonly ExternalCustomer[]
  register: Register
  options: CustomerImportOptions
}

/** Import Customers: update mapped ones, map exact names, create the rest (docs/core-rules.md). */
export function planCustomerImport(input: CustomerImportInput): Plan {
  const builder = new PlanBuilder()
  customerOperations(
    input.connection,
    input.externalCustomers,
    input.register,
    input.options,
    builder,
  )
  return builder.build('customer-import', input.connection.id, input.register.version)
}
