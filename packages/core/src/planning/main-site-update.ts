import type { Address } from '../model/external'

const hasStreet = (address: Address | undefined) =>
  Boolean(address?.line1?.trim() || address?.line2?.trim())

/**
 * Whether "Update the main site address" may put `incoming` in place of `current`. An address
 * without a street (only a country, a city, a postcode) never replaces one with a street:
 * distributors often hold just the country their marketplace needs, and taking it would wipe the
 * street the user keeps in the register.
 */
export function replacesMainSite(current: Address | undefined, incoming: Address): boolean {
  return hasStreet(incoming) || !hasStreet(current)
}
