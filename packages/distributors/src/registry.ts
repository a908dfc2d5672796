import type { DistributorAdapter } from './adapter'
import { alsoAdapter } from './also'
import { arrowsphereAdapter } from './arrowsphere'
import { crayonAdapter } from './crayon'
import { dickerdataAdapter } from './dickerdata'
import { withFitListings } from './fit-listings'
import { ingramAdapter } from './ingram'
import { rhipeAdapter } from './rhipe'
import { pax8Adapter } from './pax8'
import { sherwebAdapter } from './sherweb'
import { tdsynnexAdapter } from './tdsynnex'

/**
 * Every distributor Seatkeeper speaks to, in the order the Connections page shows them, with their
 * listings made fit for the register (fit-listings.ts).
 */
export const adapters: readonly DistributorAdapter[] = [
  arrowsphereAdapter,
  alsoAdapter,
  dickerdataAdapter,
  rhipeAdapter,
  sherwebAdapter,
  crayonAdapter,
  pax8Adapter,
  ingramAdapter,
  tdsynnexAdapter,
].map(withFitListings)

const byId = new Map(adapters.map((adapter) => [adapter.id, adapter]))

/** The adapter with this id, or undefined for an id no adapter has. */
export function adapterById(id: string): DistributorAdapter | undefined {
  return byId.get(id)
}
