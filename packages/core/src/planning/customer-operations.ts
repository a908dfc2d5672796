import { customersByExactName } from '../mapping/mapping-index'
import type { Address, ExternalCustomer } from '../model/external'
import type { CustomerChange } from '../operations/customer'
import type { Customer, Mapping, Register } from '../model/register'
import type { ConnectionRef, CustomerImportOptions } from '../model/settings'
import { stableId } from '../support/stable-id'
import { StringTable } from '../support/string-table'
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

function newCustomerId(
  taken: { has(id: string): boolean },
  connectionId: string,
  externalId: string,
): string {
  let id = stableId('cus', connectionId, externalId)
  // A customer created earlier for the same distributor customer and since unmapped keeps its id.
  for (let n = 2; taken.has(id); n++) id = stableId('cus', connectionId, externalId, String(n))
  return id
}

/**
 * Whether an import could change anything on an existing customer. The answer is almost always
 * no in a daily sync, and saying so from a few reads skips building the wanted fields and diffing
 * them for each of 10k customers.
 */
function mayUpdate(
  customer: Customer,
  external: ExternalCustomer,
  options: CustomerImportOptions,
): boolean {
  return (
    (customer.domain == null && external.domain !== undefined) ||
    (customer.tenantId == null && external.tenantId !== undefined) ||
    (customer.taxId == null && external.taxId !== undefined) ||
    (options.updateMainSiteAddress && external.address !== undefined)
  )
}

/** The register customer a distributor customer's subscriptions go to; undefined when unmapped. */
export type CustomerLookup = { get(externalCustomerId: string): string | undefined }

/**
 * Register customers by id, numbered in register order. A customer created by the plan is added,
 * so `has` also answers which ids a new customer must avoid.
 */
class CustomersById {
  private readonly ids: StringTable
  private readonly records: Customer[] = []

  constructor(customers: readonly Customer[]) {
    this.ids = new StringTable(customers.length)
    for (const customer of customers) this.set(customer)
  }

  get(id: string): Customer | undefined {
    const n = this.ids.find(id)
    return n === -1 ? undefined : this.records[n]
  }

  has(id: string): boolean {
    return this.ids.find(id) !== -1
  }

  /** Adds a customer; one with an id already held replaces it, as a later Map entry would. */
  set(customer: Customer): void {
    this.records[this.ids.add(customer.id)] = customer
  }
}

/**
 * Adds the Import Customers operations (DESIGN.md §1.4) to `builder` and returns the mapping from
 * distributor customer id to register customer id as it will be once the plan is applied.
 *
 * The distributor customer ids — first the connection's mapped ones, then the listing's new ones —
 * are numbered in one StringTable, and what is known about each sits in arrays by that number. A
 * daily sync then asks one table per listed customer whether it is mapped, seen before, and where
 * it goes, where it asked three Maps; at 4× the Maps (40–50k entries each, rebuilt every sync)
 * were the largest part of the sync's garbage and waited on memory at every lookup.
 */
export function customerOperations(
  connection: ConnectionRef,
  externalCustomers: readonly ExternalCustomer[],
  register: Register,
  options: CustomerImportOptions,
  builder: PlanBuilder,
): CustomerLookup {
  if (
    options.topLevelId !== undefined &&
    !register.topLevels.some((t) => t.id === options.topLevelId)
  ) {
    throw new PlanInputError(
      'topLevelId',
      `The top level chosen for new customers (${options.topLevelId}) no longer exists. Pick another top level, or none.`,
    )
  }
  const externalIds = new StringTable(externalCustomers.length)
  const mappingAt: Mapping[] = []
  for (const mapping of register.mappings) {
    // A distributor customer mapped twice (applyPlan never writes that) keeps its later mapping.
    if (mapping.connectionId === connection.id)
      mappingAt[externalIds.add(mapping.externalCustomerId)] = mapping
  }
  const mappedCount = externalIds.size
  // Where each distributor customer's subscriptions go once the plan is applied.
  const customerIdAt: string[] = mappingAt.map((mapping) => mapping.customerId)
  const seen = new Uint8Array(mappedCount + externalCustomers.length)
  const customers = new CustomersById(register.customers)
  // Needed only for unmapped distributor customers, which a daily sync rarely has.
  let byExactName: Map<string, string[]> | undefined
  // Deleted distributor customers are decided after the others, so that one named like a customer
  // this plan creates is mapped to it whatever the listing order (re-planning must find nothing).
  const deferred: Array<{ external: ExternalCustomer; n: number }> = []

  const skip = (external: ExternalCustomer, reason: string) =>
    builder.skip({
      entity: 'customer',
      externalId: external.externalId,
      name: external.name,
      reason,
    })

  const consider = (external: ExternalCustomer, n: number, pass: 1 | 2): void => {
    if (pass === 1) {
      if (seen[n] === 1) {
        skip(
          external,
          `${connection.distributorLabel} listed this customer twice; the first entry was used.`,
        )
        return
      }
      seen[n] = 1
    }
    if (external.importable && !external.importable.ok) {
      skip(external, external.importable.reason)
      return
    }

    const mapping = n < mappedCount ? mappingAt[n] : undefined
    let customer: Customer | undefined
    if (mapping) {
      customer = customers.get(mapping.customerId)
      if (!customer) {
        skip(
          external,
          `It is mapped to a customer that no longer exists. Remove its mapping and import again.`,
        )
        return
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
      byExactName ??= customersByExactName(register)
      const name = external.name.trim()
      const sameName = name === '' ? undefined : byExactName.get(name)
      if (sameName && sameName.length > 1) {
        skip(
          external,
          `${sameName.length} customers in the register are named "${name}". Map it by hand with Add, then import again.`,
        )
        return
      }
      if (sameName) {
        customer = customers.get(sameName[0] as string)
      } else {
        if (name === '') {
          skip(
            external,
            `It has no name at ${connection.distributorLabel}, so no customer can be created for it.`,
          )
          return
        }
        if (external.status === 'deleted' && pass === 1) {
          deferred.push({ external, n })
          return
        }
        if (external.status === 'deleted') {
          skip(
            external,
            `It is deleted at ${connection.distributorLabel}, so no customer is created for it.`,
          )
          return
        }
        const created: Customer = withoutUndefined({
          id: newCustomerId(customers, connection.id, external.externalId),
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
        byExactName.set(name, [created.id])
        customers.set(created)
        builder.add({ op: 'addMapping', after: mappingFor(connection, external, created.id) })
        customerIdAt[n] = created.id
        return
      }
      if (!customer) return
      builder.add({ op: 'addMapping', after: mappingFor(connection, external, customer.id) })
      customerIdAt[n] = customer.id
    }

    const diff = mayUpdate(customer, external, options)
      ? diffFields(customer, desiredUpdate(customer, external, options), UPDATABLE_FIELDS)
      : undefined
    if (diff) {
      builder.add({
        op: 'updateCustomer',
        customerId: customer.id,
        before: diff.before as CustomerChange,
        after: diff.after as CustomerChange,
      })
    } else builder.summary.customers.unchanged++
  }

  for (const external of externalCustomers)
    consider(external, externalIds.add(external.externalId), 1)
  for (const { external, n } of deferred) consider(external, n, 2)
  return {
    get(externalCustomerId) {
      const n = externalIds.find(externalCustomerId)
      return n === -1 ? undefined : customerIdAt[n]
    },
  }
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
