// The nine countries of the suggestion book: legal forms, mail and web domains, postcodes, tax ids.

export type Country = 'AU' | 'NZ' | 'GB' | 'US' | 'CA' | 'DE' | 'FR' | 'NL' | 'CH'
export const COUNTRIES: Country[] = ['AU', 'NZ', 'GB', 'US', 'CA', 'DE', 'FR', 'NL', 'CH']
export const LEGAL: Record<Country, string[]> = {
  AU: ['Pty Ltd', 'Pty. Ltd.'],
  NZ: ['Limited', 'Ltd'],
  GB: ['Ltd', 'Limited', 'PLC'],
  US: ['Inc', 'LLC', 'Inc.'],
  CA: ['Inc', 'Ltd', 'Corp'],
  DE: ['GmbH', 'AG', 'GmbH & Co. KG'],
  FR: ['SAS', 'SA'],
  NL: ['B.V.', 'BV', 'N.V.'],
  CH: ['AG', 'GmbH', 'SA'],
}
export const ISP: Record<Country, string> = {
  AU: 'bigpond.com',
  NZ: 'xtra.co.nz',
  GB: 'btinternet.com',
  US: 'comcast.net',
  CA: 'shaw.ca',
  DE: 't-online.de',
  FR: 'orange.fr',
  NL: 'ziggo.nl',
  CH: 'bluewin.ch',
}
export const TLD: Record<Country, string> = {
  AU: 'com.au',
  NZ: 'co.nz',
  GB: 'co.uk',
  US: 'com',
  CA: 'ca',
  DE: 'de',
  FR: 'fr',
  NL: 'nl',
  CH: 'ch',
}
// Postcodes several of the nine countries have: the collisions the issue saw.
const SHARED_POSTCODES = ['6011', '3011', '4051', '10115', '75002', '2000', '8001']

/** Postcodes and tax ids of each country, drawn from `random`; tax ids as registered and as written. */
export function countryIds(random: () => number) {
  const int = (n: number) => Math.floor(random() * n)
  const pick = <T>(items: readonly T[]) => items[int(items.length)] as T
  const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('')
  const postcode = (country: Country) =>
    random() < 0.3
      ? pick(SHARED_POSTCODES)
      : country === 'GB'
        ? `SW${int(9) + 1} ${int(9)}AB`
        : country === 'CA'
          ? `K${int(9)}A ${int(9)}B${int(9)}`
          : country === 'NL'
            ? `${1000 + int(8999)} AB`
            : ['US', 'DE', 'FR'].includes(country)
              ? String(10000 + int(89999))
              : String(1000 + int(8999))
  const taxIdOf = (country: Country): { registered: string; written: string } => {
    switch (country) {
      case 'AU': {
        const abn = validAbn(digits(9))
        return {
          registered: abn,
          written: `ABN ${abn.slice(0, 2)} ${abn.slice(2, 5)} ${abn.slice(5, 8)} ${abn.slice(8)}`,
        }
      }
      case 'CH': {
        const uid = validUid(digits(8))
        return {
          registered: `CHE${uid}`,
          written: `CHE-${uid.slice(0, 3)}.${uid.slice(3, 6)}.${uid.slice(6)} MWST`,
        }
      }
      case 'CA': {
        const bn = digits(9)
        return { registered: bn, written: `${bn} RT0001` }
      }
      case 'US': {
        const ein = digits(9)
        return { registered: `${ein.slice(0, 2)}-${ein.slice(2)}`, written: ein }
      }
      case 'NZ': {
        const nzbn = `94290${digits(8)}`
        return { registered: nzbn, written: `NZBN ${nzbn}` }
      }
      case 'GB': {
        const vat = digits(9)
        return { registered: `GB${vat}`, written: vat }
      }
      case 'NL': {
        const vat = `${digits(9)}B01`
        return { registered: `NL${vat}`, written: vat }
      }
      default: {
        const body = country === 'FR' ? digits(11) : digits(9)
        return { registered: body, written: `${country}${body}` }
      }
    }
  }
  return { postcode, taxIdOf }
}

/** Nine random digits with the two ABN check digits in front. */
function validAbn(nine: string): string {
  for (let prefix = 10; prefix < 100; prefix++) {
    const abn = `${prefix}${nine}`
    const adjusted = String(Number(abn[0]) - 1) + abn.slice(1)
    const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    if (weights.reduce((sum, w, i) => sum + w * Number(adjusted[i]), 0) % 89 === 0) return abn
  }
  return validAbn(`${(Number(nine[0]) + 1) % 10}${nine.slice(1)}`)
}

/** Eight random digits and the Swiss UID check digit. */
function validUid(eight: string): string {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4]
  const check = (11 - (weights.reduce((sum, w, i) => sum + w * Number(eight[i]), 0) % 11)) % 11
  return check === 10
    ? validUid(`${(Number(eight[0]) + 1) % 10}${eight.slice(1)}`)
    : `${eight}${check}`
}
