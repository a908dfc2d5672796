import type { World, WorldCustomer } from '../world/generate-world'
import { sherwebGuid } from './sherweb-guid'

/** A customer as `GET /service-provider/v1/customers` lists it (fixtures/distributors/sherweb/customers.json). */
export type SherwebCustomerBody = {
  id: string
  displayName: string
  path: string[]
  suspendedOn: string | null
}

const DAY = 86_400_000
/** The world's "today" (generate-world's BASE_DATE): suspensions happened before it. */
const WORLD_TODAY = Date.UTC(2026, 0, 1)

/** .NET's seven fractional digits, as Sherweb writes date-times. */
function dotnetDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z')
}

/** Sherweb lists no deleted customers: they are simply gone [C: the schema has no such state]. */
export function isListedCustomer(customer: WorldCustomer): boolean {
  return customer.status !== 'deleted'
}

export function renderSherwebCustomer(world: World, customer: WorldCustomer): SherwebCustomerBody {
  const created = Date.parse(`${customer.createdAt}T00:00:00Z`)
  // Suspended some time between creation and today, at a stable hour.
  const suspendedAt = created + Math.floor((WORLD_TODAY - created) / DAY / 2) * DAY + 10 * 3_600_000
  return {
    id: sherwebGuid(world.seed, 'customer', customer.seq),
    displayName: customer.name,
    path: [world.partnerName, customer.name],
    suspendedOn: customer.status === 'suspended' ? dotnetDateTime(suspendedAt) : null,
  }
}
