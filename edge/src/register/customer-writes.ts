import {
  customerCreation,
  customerEdit,
  PlanApplyError,
  topLevelCreation,
  type Customer,
  type CustomerInput,
  type CustomerPatch,
  type Operation,
  type TopLevel,
} from '@seatkeeper/core'
import { AppError } from '../http/app-error'
import type { IdempotencyStore } from './idempotency-store'
import { newId, type RegisterWriter } from './register-writer'
import { customerToEdit, refuseDuplicateName, requireTopLevel } from './customer-checks'

/**
 * A person's own creates and edits in the register (docs/register.md "Customers, top levels,
 * CSV"): each a `manual` run; a create sent with an idempotency key answers its first answer again.
 * Refusals are thrown as AppErrors; the register object turns them into Results.
 */
export class CustomerWrites {
  constructor(
    private readonly writer: RegisterWriter,
    private readonly idempotency: IdempotencyStore,
  ) {}

  createTopLevel(name: string, actor: string, key?: string): TopLevel {
    const replayed = key ? this.idempotency.replay('top-levels', key) : undefined
    if (replayed !== undefined) return replayed as TopLevel
    const trimmed = name.trim()
    if (!trimmed) throw new AppError('invalid', 'A top level needs a name.', { field: 'name' })
    const taken = trimmed.toLowerCase()
    if (this.writer.register().topLevels.some((t) => t.name.trim().toLowerCase() === taken)) {
      throw new AppError('invalid', `A top level named "${trimmed}" already exists.`, {
        field: 'name',
      })
    }
    const operation = topLevelCreation(newId('top'), trimmed)
    this.commit([operation], actor, () => {
      if (key) this.idempotency.remember('top-levels', key, operation.after)
    })
    return operation.after
  }

  createCustomer(input: CustomerInput, actor: string, key?: string): Customer {
    const replayed = key ? this.idempotency.replay('customers', key) : undefined
    if (replayed !== undefined) return replayed as Customer
    const register = this.writer.register()
    if (!input.name?.trim())
      throw new AppError('invalid', 'A customer needs a name.', { field: 'name' })
    requireTopLevel(register, input.topLevelId)
    if (!input.allowDuplicateName) refuseDuplicateName(register, input.name)
    const operation = customerCreation(newId('cus'), input)
    this.commit([operation], actor, () => {
      if (key) this.idempotency.remember('customers', key, operation.after)
    })
    return operation.after
  }

  updateCustomer(
    id: string,
    version: number,
    patch: Omit<CustomerPatch, 'version'>,
    actor: string,
  ): Customer {
    const register = this.writer.register()
    const current = customerToEdit(register, id, version)
    if (patch.name !== undefined && !patch.name.trim())
      throw new AppError('invalid', 'A customer needs a name.', { field: 'name' })
    requireTopLevel(register, patch.topLevelId)
    if (patch.name !== undefined && !patch.allowDuplicateName)
      refuseDuplicateName(register, patch.name, id)
    const operation = customerEdit(current, patch)
    if (!operation) return current
    this.commit([operation], actor)
    return this.writer.register().customers.find((c) => c.id === id) as Customer
  }

  /**
   * A person's edit as a run; an operation that does not fit is a 400 naming the field, which
   * for the one operation of an edit is the request body's (`operations[0].after.name` → `name`).
   */
  private commit(
    operations: readonly Operation[],
    actor: string,
    alsoWrite?: (runId: string) => void,
  ): void {
    try {
      this.writer.commit(
        { kind: 'manual', connectionId: '', operations },
        { actor, trigger: 'user' },
        alsoWrite,
      )
    } catch (error) {
      if (!(error instanceof PlanApplyError)) throw error
      const field = /^operations\[0\]\.after\.(.+)$/.exec(error.field)?.[1]
      throw new AppError('invalid', error.message, field ? { field } : {})
    }
  }
}
