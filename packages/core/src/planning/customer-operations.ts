import { customersByExactName, mappingsOf } from '../mapping/mapping-index'
import type { Address, ExternalCustomer } from '../model/external'
import type { CustomerChange } from '../model/plan'
import type { Customer, Register } from '../model/register'
import type { ConnectionRef, CustomerImportOptions } from '../model/settings'
import { stableId } from '../support/stable-id'
import { diffFields, withoutUndefined } from './field-diff'
import type { PlanBuilder } from './plan-builder'
import { PlanInputError } from './plan-errors'

const UPDATABLE_FIELDS = ['mainSite', 'domain', 'tenantId', 'taxId'] as const

function cleanAddress(address: Address | undefined): Address | undefined {
  if (!address) return undefined
  const clean = withoutUndefined(address)
  return Object.keys(clean).length > 0 ? clean : undefined
}

/** What an import would set on an existing customer; the name and top level stay the user's. */
function desiredUpdate(
  customer: Customer,
  external: ExternalCustomer,
  options: CustomerImportOptions,
): Partial<Customer> {
  const desired: Partial<Customer> = {
    // Evidence fields are filled when empty, never overwritten: the user may have corrected them.
    domain: customer.domain ?? external.domain,
    tenantId: customer.tenantId ?? external.tenantId,
    taxId: customer.taxId ?? external.taxId,
  }
  const address = cleanAddress(external.address)
  // A distributor without addresses (Sherweb) must not wipe the address the user typed.
  if (options.updateMainSiteAddress && address) desired.mainSite = address
  return desired
}

function newCustomerId(taken: Set<string>, connectionId: string, externalId: string): string {
  let id = stableId('cus', connectionId, externalId)
  // A customer created earlier for the same distributor customer and since unmapped keeps its id.
  for (let n = 2; taken.has(id); n++) id = stableId('cus', connectionId, externalId, String(n))
  taken.add(id)
  return id
}

/**
 * Adds the Import Customers operations (DESIGN.md §1.4) to `builder` and returns the mapping from
 * distributor customer id to register customer id as it will be once the plan is applied.
 */
export function customerOperations(
  connection: ConnectionRef,
  externalCustomers: readonly ExternalCustomer[],
  register: Register,
  options: CustomerImportOptions,
  builder: PlanBuilder,
): Map<string, string> {
  if (options.topLevelId !== undefined && !register.topLevels.some((t) => t.id === options.topLevelId)) {
    throw new PlanInputError(
      'topLevelId',
      `The top level chosen for new customers (${options.topLevelId}) no longer exists. Pick another top level, or none.`,
    )
  }
  const mappings = mappingsOf(register, connection.id)
  const customers = new Map(register.customers.map((c) => [c.id, c]))
  const byName = customersByExactName(register)
  const takenIds = new Set(customers.keys())
  const effective = new Map<string, string>()
  for (const [externalId, mapping] of mappings) effective.set(externalId, mapping.customerId)
  const seen = new Set<string>()
  // Deleted distributor customers are decided after the others, so that one named like a customer
  // this plan creates is mapped to it whatever the listing order (re-planning must find nothing).
  const deferred: ExternalCustomer[] = []
  const ordered = function* () {
    for (const external of externalCustomers) yield { external, pass: 1 }
    for (const external of deferred) yield { external, pass: 2 }
  }

  for (const { external, pass } of ordered()) {
    const skip = (reason: string) =>
      builder.skip({ entity: 'customer', externalId: external.externalId, name: external.name, reason })
    if (pass === 1) {
      if (seen.has(external.externalId)) {
        skip(`${connection.distributorLabel} listed this customer twice; the first entry was used.`)
        continue
      }
      seen.add(external.externalId)
    }
    if (external.importable && !external.importable.ok) {
      skip(external.importable.reason)
      continue
    }

    const mapping = mappings.get(external.externalId)
    let customer: Customer | undefined
    if (mapping) {
      customer = customers.get(mapping.customerId)
      if (!customer) {
        skip(`It is mapped to a customer that no longer exists. Remove its mapping and import again.`)
        continue
      }
      if (mapping.externalName !== external.name) {
        builder.add({
          op: 'updateMapping',
          connectionId: connection.id,
          externalCustomerId: external.externalId,
          before: { externalName: mapping.externalName },
          after: { externalName: external.name },
        })
      }
    } else {
      const name = external.name.trim()
      const sameName = name === '' ? undefined : byName.get(name)
      if (sameName && sameName.length > 1) {
        skip(
          `${sameName.length} customers in the register are named "${name}". Map it by hand with Add, then import again.`,
        )
        continue
      }
      if (sameName) {
        customer = customers.get(sameName[0] as string)
      } else {
        if (name === '') {
          skip(`It has no name at ${connection.distributorLabel}, so no customer can be created for it.`)
          continue
        }
        if (external.status === 'deleted' && pass === 1) {
          deferred.push(external)
          continue
        }
        if (external.status === 'deleted') {
          skip(`It is deleted at ${connection.distributorLabel}, so no customer is created for it.`)
          continue
        }
        const created: Customer = withoutUndefined({
          id: newCustomerId(takenIds, connection.id, external.externalId),
          name,
          topLevelId: options.topLevelId,
          mainSite: cleanAddress(external.address),
          domain: external.domain,
          tenantId: external.tenantId,
          taxId: external.taxId,
          createdBy: { distributor: connection.distributorLabel, connectionId: connection.id },
          inactive: false,
          version: 1,
        })
        builder.add({ op: 'createCustomer', after: created })
        // Later entries with the same name map to it, as they would when re-planned after applying.
        byName.set(name, [created.id])
        customers.set(created.id, created)
        builder.add({ op: 'addMapping', after: mappingFor(connection, external, created.id) })
        effective.set(external.externalId, created.id)
        continue
      }
      if (!customer) continue
      builder.add({ op: 'addMapping', after: mappingFor(connection, external, customer.id) })
      effective.set(external.externalId, customer.id)
    }

    const diff = diffFields(customer, desiredUpdate(customer, external, options), UPDATABLE_FIELDS)
    if (diff) {
      builder.add({
        op: 'updateCustomer',
        customerId: customer.id,
        before: diff.before as CustomerChange,
        after: diff.after as CustomerChange,
      })
    } else builder.summary.customers.unchanged++
  }
  return effective
}

function mappingFor(connection: ConnectionRef, external: ExternalCustomer, customerId: string) {
  return {
    connectionId: connection.id,
    externalCustomerId: external.externalId,
    externalName: external.name,
    customerId,
    origin: 'import' as const,
  }
}
