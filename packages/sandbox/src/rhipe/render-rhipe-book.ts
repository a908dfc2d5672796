import type { World, WorldCustomer, WorldSubscription } from '../world/generate-world'
import {
  renderRhipeCustomer,
  type RhipeCustomerBody,
  type RhipeTenantRef,
} from './render-rhipe-customer'
import { renderRhipeSubscription, type RhipeSubscriptionBody } from './render-rhipe-subscription'
import {
  RHIPE_PROGRAMS,
  RHIPE_PROGRAM_KEYS,
  programOf,
  rhipeCustomerId,
  stableGuid,
  type RhipeProgramKey,
} from './rhipe-programs'

export type RhipeTenantBody = {
  TenantId: string
  TenantStatus: string
  CustomerId: number
  CustomerName: string
  Subscriptions: RhipeSubscriptionBody[]
}

/** The world as PRISM holds it: the customers list and, per contract agreement, its tenants. */
export type RhipeBook = {
  customers: RhipeCustomerBody[]
  tenantsByAgreement: Map<string, RhipeTenantBody[]>
}

const TENANT_STATUS: Record<WorldCustomer['status'], string> = {
  active: 'Active',
  suspended: 'Suspended',
  deleted: 'Deleted',
}

function tenantOf(customer: WorldCustomer, program: RhipeProgramKey): RhipeTenantRef {
  const slug = customer.domain.split('.')[0] ?? `customer${customer.seq}`
  if (program === 'acronis') {
    return {
      program,
      tenantId: stableGuid(`rhipe-acronis-${customer.seq}`),
      label: customer.domain,
    }
  }
  // Microsoft subscriptions always live in a tenant; where the world knows none, PRISM still has one.
  const tenantId = customer.tenantId ?? stableGuid(`rhipe-tenant-${customer.seq}`)
  return { program, tenantId, label: `${slug}.onmicrosoft.com` }
}

/** Renders the world once, deterministically, into PRISM's two listings. */
export function renderRhipeBook(world: World): RhipeBook {
  const byCustomer = new Map<number, WorldSubscription[]>()
  for (const subscription of world.subscriptions) {
    const list = byCustomer.get(subscription.customerSeq) ?? []
    list.push(subscription)
    byCustomer.set(subscription.customerSeq, list)
  }
  const tenantsByAgreement = new Map<string, RhipeTenantBody[]>(
    RHIPE_PROGRAM_KEYS.map((key) => [String(RHIPE_PROGRAMS[key].ContractAgreementId), []]),
  )
  const customers = world.customers.map((customer) => {
    const subscriptions = byCustomer.get(customer.seq) ?? []
    const programs = RHIPE_PROGRAM_KEYS.filter((key) =>
      subscriptions.some((s) => programOf(s) === key),
    )
    const tenants = programs.map((program) => tenantOf(customer, program))
    for (const tenant of tenants) {
      tenantsByAgreement.get(String(RHIPE_PROGRAMS[tenant.program].ContractAgreementId))?.push({
        TenantId: tenant.tenantId,
        TenantStatus: TENANT_STATUS[customer.status],
        CustomerId: rhipeCustomerId(customer.seq),
        CustomerName: customer.name,
        Subscriptions: subscriptions
          .filter((s) => programOf(s) === tenant.program)
          .map((s) => renderRhipeSubscription(s, tenant.label)),
      })
    }
    return renderRhipeCustomer(customer, tenants)
  })
  return { customers, tenantsByAgreement }
}
