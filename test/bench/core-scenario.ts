import {
  applyPlan,
  defaultConnectionSettings,
  emptyRegister,
  planCustomerImport,
  planSubscriptionImport,
  type ConnectionRef,
  type Customer,
  type ExternalCustomer,
  type ExternalSubscription,
  type Register,
} from '@seatkeeper/core'
import { generateWorld } from '@seatkeeper/sandbox'

export const connection: ConnectionRef = {
  id: 'bench-conn',
  distributor: 'sherweb',
  distributorLabel: 'Sherweb',
}

export type CoreScenario = {
  /** Before mapping: 60% of distributor customers mapped, the rest for generate/suggest to find. */
  unmapped: Register
  /** After yesterday's sync: every distributor customer mapped, yesterday's subscriptions held. */
  register: Register
  /** Today's listing: yesterday's with quantity changes, new and vanished subscriptions. */
  customers: ExternalCustomer[]
  subscriptions: ExternalSubscription[]
}

/**
 * An MSP at `scale` × (10k register customers, 10k distributor customers, 100k subscriptions):
 * 80% of the distributor's customers are in the register (a quarter of those under a differently
 * written name), 60% mapped by an earlier import, 2k register-only customers. For the daily sync,
 * yesterday's run imported everything; today 5% of subscriptions changed quantity, 2% are new and
 * 1% are gone (a typical day, within the deletion guard).
 */
export function buildCoreScenario(scale: number): CoreScenario {
  const n = 10_000 * scale
  const world = generateWorld({ seed: 42, customers: n, subscriptions: 100_000 * scale })
  const customers: ExternalCustomer[] = world.customers.map((c) => ({
    externalId: `sw-${c.seq}`,
    name: c.name,
    status: c.status,
    domain: c.domain,
    ...(c.tenantId ? { tenantId: c.tenantId } : {}),
    ...(c.taxId ? { taxId: c.taxId } : {}),
    ...(c.address ? { address: c.address } : {}),
  }))
  const registerCustomers: Customer[] = []
  for (const c of world.customers) {
    if (c.seq % 10 >= 8) continue
    registerCustomers.push({
      id: `r-${c.seq}`,
      name: c.seq % 10 < 6 ? c.name : c.registerName,
      inactive: false,
      version: 1,
      ...(c.seq % 3 === 0 && c.tenantId ? { tenantId: c.tenantId } : {}),
      ...(c.address && c.seq % 2 === 0 ? { mainSite: { postcode: c.address.postcode } } : {}),
    })
  }
  const others = generateWorld({ seed: 7, customers: n / 5, subscriptions: 0 })
  for (const c of others.customers) {
    registerCustomers.push({
      id: `o-${c.seq}`,
      name: `${c.registerName} (direct)`,
      inactive: false,
      version: 1,
    })
  }
  let register: Register = { ...emptyRegister(), customers: registerCustomers }

  // Earlier imports: exact-name customers were mapped; the rest created under no top level.
  const mappedBefore = customers.filter((_, i) => i % 10 < 6)
  register = applyPlan(
    register,
    planCustomerImport({
      connection,
      externalCustomers: mappedBefore,
      register,
      options: { updateMainSiteAddress: false },
    }),
  )
  const unmapped = register
  register = applyPlan(
    register,
    planCustomerImport({
      connection,
      externalCustomers: customers,
      register,
      options: { updateMainSiteAddress: false },
    }),
  )

  const subscriptions: ExternalSubscription[] = world.subscriptions.map((s) => ({
    externalId: s.vendorSubscriptionId,
    customerExternalId: `sw-${s.customerSeq}`,
    name: s.productName,
    sku: s.sku,
    status: s.status,
    trial: s.trial,
    quantity: s.quantity,
    startDate: s.startDate,
    ...(s.endDate ? { endDate: s.endDate } : {}),
    contractEndDate: s.commitmentEndDate,
    billingCycle: s.billingCycle,
    termMonths: s.termMonths,
    autoRenew: s.autoRenew,
    unitPrice: s.unitPrice,
    unitCost: s.unitCost,
    currency: s.currency,
  }))
  const yesterday = subscriptions.filter((_, i) => i % 50 !== 7) // today's 2% new ones
  register = applyPlan(
    register,
    planSubscriptionImport({
      connection,
      externalSubscriptions: yesterday,
      register,
      options: { setPriceAndCost: true, deactivateDeleted: true },
    }),
  )

  const today = subscriptions
    .filter((_, i) => i % 100 !== 3)
    .map((s, i) => (i % 20 === 0 ? { ...s, quantity: s.quantity + 1 } : s))
  return { unmapped, register, customers, subscriptions: today }
}

export const benchSettings = (() => {
  const s = defaultConnectionSettings()
  return {
    ...s,
    subscriptionImport: { setPriceAndCost: true },
    integrator: { ...s.integrator, enabled: true },
  }
})()
