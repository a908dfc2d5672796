import type { EvidenceProfile } from './evidence-profile'

/*
 * Where the two customers are. Postcodes repeat across countries (6011 is in Perth and in
 * Wellington; 3011, 4051, 10115, 75002 each in several countries), so a postcode or city counts
 * only within one country:
 * - same postcode, same country 0.55; same postcode with a country missing on a side 0.3 (too weak
 *   to make a high with the name alone); the city instead of the postcode 0.35 / 0.2;
 * - postcodes on both sides that differ (a franchisee two states away) double the doubt left;
 * - a known, different country caps the candidate below high (evidence-score.ts).
 */
const WEIGHT = {
  postcode: 0.55,
  postcodeCountryUnknown: 0.3,
  city: 0.35,
  cityCountryUnknown: 0.2,
} as const

/** What the two addresses say; one object reused for every pair, since ~100k pairs are scored. */
export type Location = {
  weight: number
  /** Both countries known and different. */
  otherCountry: boolean
  /** Both postcodes known and different, in the same (or an unsaid) country. */
  otherAddress: boolean
  sameCountry: boolean
}

const location: Location = {
  weight: 0,
  otherCountry: false,
  otherAddress: false,
  sameCountry: false,
}

/** Weighs the addresses of a pair. The result is overwritten by the next call. */
export function weighLocation(external: EvidenceProfile, customer: EvidenceProfile): Location {
  const a = external.country
  const b = customer.country
  location.weight = 0
  location.otherCountry = a !== undefined && b !== undefined && a !== b
  location.sameCountry = a !== undefined && a === b
  location.otherAddress = false
  if (location.otherCountry) return location
  if (external.postcode && customer.postcode) {
    if (external.postcode === customer.postcode) {
      location.weight = location.sameCountry ? WEIGHT.postcode : WEIGHT.postcodeCountryUnknown
    } else {
      location.otherAddress = true
    }
  } else if (external.city && external.city === customer.city) {
    location.weight = location.sameCountry ? WEIGHT.city : WEIGHT.cityCountryUnknown
  }
  return location
}

/** The reasons for what weighLocation found, in words. */
export function describeLocation(
  external: EvidenceProfile,
  customer: EvidenceProfile,
  found: Location,
  reasons: string[],
): void {
  if (found.otherCountry) {
    reasons.push(`Different countries (${external.country} and ${customer.country})`)
    return
  }
  const unsaid = found.sameCountry ? '' : ', country not given'
  if (found.otherAddress) {
    reasons.push(
      `Different postcodes (${external.postcodeAsWritten} and ${customer.postcodeAsWritten}), so perhaps another site or company`,
    )
  } else if (found.weight > 0 && external.postcode) {
    reasons.push(`Same postcode (${customer.postcodeAsWritten ?? customer.postcode})${unsaid}`)
  } else if (found.weight > 0) {
    reasons.push(`Same city${unsaid}`)
  }
}
