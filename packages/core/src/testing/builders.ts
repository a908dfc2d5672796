// Builders for tests only: small registers and distributor records with readable defaults.
import type { BillingLine } from '../model/billing'
import type { ExternalCustomer, ExternalSubscription } from '../model/external'
import type { Customer, Mapping, Register, Subscription } from '../model/register'
import {
  defaultConnectionSettings,
  type ConnectionRef,
  type ConnectionSettings,
} from '../model/settings'

export const arrow: ConnectionRef = {
  id: 'conn-arrow',
  distributor: 'arrowsphere',
  distributorLabel: 'ArrowSphere',
}
export const dicker: ConnectionRef = {
  id: 'conn-dd',
  distributor: 'dickerdata',
  distributorLabel: 'Dicker Data',
}

export function customer(id: string, name: string, extra: Partial<Customer> = {}): Customer {
  return { id, name, inactive: false, version: 1, ...extra }
}

export function external(
  externalId: string,
  name: string,
  extra: Partial<ExternalCustomer> = {},
): ExternalCustomer {
  return { externalId, name, status: 'active', ...extra }
}

export function mapping(
  connectionId: string,
  externalCustomerId: string,
  customerId: string,
  extra: Partial<Mapping> = {},
): Mapping {
  return {
    connectionId,
    externalCustomerId,
    externalName: externalCustomerId,
    customerId,
    origin: 'manual',
    ...extra,
  }
}

export function extSub(
  externalId: string,
  customerExternalId: string,
  extra: Partial<ExternalSubscription> = {},
): ExternalSubscription {
  return {
    externalId,
    customerExternalId,
    name: 'Microsoft 365 Business Premium',
    status: 'active',
    quantity: 10,
    ...extra,
  }
}

export function subscription(
  id: string,
  customerId: string,
  externalId: string,
  extra: Partial<Subscription> = {},
): Subscription {
  return {
    id,
    customerId,
    connectionId: arrow.id,
    distributor: 'ArrowSphere',
    externalId,
    name: 'Microsoft 365 Business Premium',
    status: 'active',
    quantity: 10,
    active: true,
    version: 1,
    ...extra,
  }
}

/**
 * A monthly line of 10 seats at 30 AUD, entered in Seatkeeper, its quantity fixed: compared with
 * its linked seats (a `linked` one would bill them, so never be under- or over-billed).
 */
export function billingLine(
  id: string,
  customerId: string,
  extra: Partial<BillingLine> = {},
): BillingLine {
  return {
    id,
    customerId,
    description: 'Microsoft 365 Business Premium',
    quantity: 10,
    unitPrice: 30,
    currency: 'AUD',
    period: 'monthly',
    inactive: false,
    quantityRule: 'fixed',
    source: { kind: 'seatkeeper' },
    version: 1,
    ...extra,
  }
}

export function register(parts: Partial<Register> = {}): Register {
  return {
    version: 1,
    topLevels: parts.topLevels ?? [],
    customers: parts.customers ?? [],
    subscriptions: parts.subscriptions ?? [],
    mappings: parts.mappings ?? [],
    billingLines: parts.billingLines ?? [],
    dismissals: parts.dismissals ?? [],
    ...(parts.version === undefined ? {} : { version: parts.version }),
  }
}

export function settings(
  integrator: Partial<ConnectionSettings['integrator']> = {},
  rest: Partial<ConnectionSettings> = {},
): ConnectionSettings {
  const base = defaultConnectionSettings()
  return { ...base, ...rest, integrator: { ...base.integrator, enabled: true, ...integrator } }
}
