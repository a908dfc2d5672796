import { customersByExactName, mappingsOf } from '../mapping/mapping-index'
import type { Address, ExternalCustomer } from '../model/external'
import type { CustomerChange } from '../operations/customer'
import type { Customer, Mapping, Register } from '../model/register'
import type { ConnectionRef, CustomerImportOptions } from '../model/settings'
import { stableId } from '../support/stable-id'
import { diffFields, withoutUndefined } from './field-diff'
import { replacesMainSite } from './main-site-update'
import type { PlanBuilder } from './plan-builder'
import { PlanInputError } from '../operations/plan-errors'

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
  if (options.updateMainSiteAddress && address && replacesMainSite(customer.mainSite, address))
    desired.mainSite = address
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
 * Adds the Import Customers operations (docs/core-rules.md) to `builder` and returns the mapping from
 * distributor customer id to register customer id as it will be once the plan is applied.
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
  // A distributor customer mapped twice (applyOperations never writes that) keeps its later mapping.
  const mappings = mappingsOf(register, connection.id)
  const customers = new Map(register.customers.map((c) => [c.id, c]))
  // Where each distributor customer's subscriptions go once the plan is applied.
  const customerOf = new Map<string, string>()
  for (const [externalId, mapping] of mappings) customerOf.set(externalId, mapping.customerId)
  const seen = new Set<string>()
  // Needed only for unmapped distributor customers, which a daily sync rarely has.
  let byExactName: Map<string, string[]> | undefined
  const namedLike = (name: string) => (byExactName ??= customersByExactName(register)).get(name)
  const deletedNewNames: ExternalCustomer[] = []

  const skip = (external: ExternalCustomer, reason: string) =>
    builder.skip({
      entity: 'customer',
      externalId: external.externalId,
      name: external.name,
      reason,
    })

  /** Fills what the register customer lacks (and the address, when asked), or counts it unchanged. */
  const update = (customer: Customer, external: ExternalCustomer) => {
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

  const importMapped = (external: ExternalCustomer, mapping: Mapping) => {
    const customer = customers.get(mapping.customerId)
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
    update(customer, external)
  }

  /** Maps an unmapped distributor customer to the one customer of its exact name, or creates it. */
  const importUnmapped = (external: ExternalCustomer) => {
    const name = external.name.trim()
    const sameName = name === '' ? undefined : namedLike(name)
    if (sameName && sameName.length > 1) {
      skip(
        external,
        `${sameName.length} customers in the register are named "${name}". Map it by hand with Add, then import again.`,
      )
      return
    }
    if (sameName) {
      const customer = customers.get(sameName[0] as string)
      if (!customer) return
      builder.add({ op: 'addMapping', after: mappingFor(connection, external, customer.id) })
      customerOf.set(external.externalId, customer.id)
      update(customer, external)
      return
    }
    if (name === '') {
      skip(
        external,
        `It has no name at ${connection.distributorLabel}, so no customer can be created for it.`,
      )
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
    byExactName?.set(name, [created.id])
    customers.set(created.id, created)
    builder.add({ op: 'addMapping', after: mappingFor(connection, external, created.id) })
    customerOf.set(external.externalId, created.id)
  }

  for (const external of externalCustomers) {
    if (seen.has(external.externalId)) {
      skip(
        external,
        `${connection.distributorLabel} listed this customer twice; the first entry was used.`,
      )
      continue
    }
    seen.add(external.externalId)
    if (external.importable && !external.importable.ok) {
      skip(external, external.importable.reason)
      continue
    }
    const mapping = mappings.get(external.externalId)
    if (mapping) importMapped(external, mapping)
    else if (external.status === 'deleted' && isNewName(external.name.trim())) {
      deletedNewNames.push(external)
    } else importUnmapped(external)
  }
  // A deleted distributor customer whose name no register customer has is decided after the
  // others, so that one named like a customer this plan creates is mapped to it whatever the
  // listing order (re-planning after applying must find nothing to do).
  for (const external of deletedNewNames) importUnmapped(external)
  return customerOf

  function isNewName(name: string): boolean {
    return name !== '' && namedLike(name) === undefined
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
