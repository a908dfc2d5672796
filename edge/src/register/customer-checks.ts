import { customerNameKey, type Customer, type Register } from '@seatkeeper/core'
import { AppError } from '../http/app-error'

/** Refuses a top level the register does not hold (none chosen is fine). */
export function requireTopLevel(register: Register, id: string | undefined, field = 'topLevelId') {
  if (id?.trim() && !register.topLevels.some((t) => t.id === id)) {
    throw new AppError(
      'invalid',
      `There is no top level ${id}. Pick one from the list or create it first.`,
      { field },
    )
  }
}

/** The customer a person's edit is for, as long as nobody changed it since they opened it. */
export function customerToEdit(register: Register, id: string, version: number): Customer {
  const current = register.customers.find((c) => c.id === id)
  if (!current) {
    throw new AppError(
      'not-found',
      `There is no customer ${id}. It may have been removed; reload the list.`,
    )
  }
  if (current.version !== version) {
    throw new AppError(
      'conflict',
      `Customer ${current.name} was changed since you opened it (your version ${version}, now ${current.version}). Reload it and make your edit again.`,
      { field: 'version' },
    )
  }
  return current
}

/**
 * Refuses a create or rename to a name another customer has (case-insensitively, trimmed): two
 * customers of one name cannot be told apart and Generate Mappings leaves both unmapped. The
 * person may still mean it: the request then says `allowDuplicateName: true`.
 */
export function refuseDuplicateName(register: Register, name: string, exceptId?: string): void {
  const key = customerNameKey(name)
  const existing = register.customers.find(
    (c) => c.id !== exceptId && customerNameKey(c.name) === key,
  )
  if (!existing) return
  throw new AppError(
    'conflict',
    `A customer named "${existing.name}" already exists (${existing.id}). Open it and edit it instead, or confirm that you want a second customer of this name.`,
    { field: 'name' },
  )
}
