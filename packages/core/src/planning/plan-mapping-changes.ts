import { mappingsOf } from '../mapping/mapping-index'
import type { Plan } from '../operations/plan'
import type { Mapping, Register } from '../model/register'
import { PlanBuilder } from './plan-builder'
import { PlanInputError } from '../operations/plan-errors'

export type MappingChangesInput = {
  connectionId: string
  register: Register
  /** New mappings: from Generate Mappings, Add, or accepted suggestions. */
  add?: readonly Mapping[]
  /** Distributor customer ids whose mapping is removed. */
  remove?: readonly string[]
}

/**
 * A plan that adds and removes mappings of one connection. A distributor customer maps to one
 * register customer only: adding a second mapping for it is refused with the way out.
 */
export function planMappingChanges(input: MappingChangesInput): Plan {
  const { connectionId, register } = input
  const current = mappingsOf(register, connectionId)
  const customerIds = new Set(register.customers.map((c) => c.id))
  const builder = new PlanBuilder()
  const removing = new Set(input.remove ?? [])

  for (const externalId of removing) {
    const mapping = current.get(externalId)
    if (!mapping) {
      throw new PlanInputError(
        'remove',
        `Distributor customer ${externalId} is not mapped, so there is nothing to remove.`,
      )
    }
    builder.add({ op: 'removeMapping', before: mapping })
  }
  const adding = new Set<string>()
  for (const mapping of input.add ?? []) {
    if (mapping.connectionId !== connectionId) {
      throw new PlanInputError(
        'add',
        `A mapping for another connection (${mapping.connectionId}) was sent with this one.`,
      )
    }
    const existing = current.get(mapping.externalCustomerId)
    if (
      (existing && !removing.has(mapping.externalCustomerId)) ||
      adding.has(mapping.externalCustomerId)
    ) {
      throw new PlanInputError(
        'add',
        `"${mapping.externalName}" is already mapped${existing ? ` to customer ${existing.customerId}` : ''}. Remove that mapping first.`,
      )
    }
    if (!customerIds.has(mapping.customerId)) {
      throw new PlanInputError(
        'add',
        `Customer ${mapping.customerId} is not in the register. Pick a customer from the list.`,
      )
    }
    adding.add(mapping.externalCustomerId)
    builder.add({ op: 'addMapping', after: mapping })
  }
  return builder.build('mappings', connectionId, register.version)
}
