/*
 * Tax and company identifiers in their canonical form, per scheme, so that the same id written
 * two ways ("FR24441199460" / "24441199460", "ABN 22 851 425 149" / "22851425149",
 * "CHE-568.416.238 MWST" / "CHE568416238") compares equal, and a mistyped id of a scheme with a
 * check digit (ABN, ACN, Swiss UID) is no evidence at all rather than evidence for a stranger.
 *
 * Sources: the EU's VIES country codes (Greece is "EL"), the ATO's ABN/ACN format and check-digit
 * rules, the NZBN (a GS1 number starting 94), Companies House (8 characters, SC/NI/OC/… prefixes),
 * the Swiss UID (CHE + 8 digits + mod-11 check digit, "MWST"/"TVA"/"IVA" for VAT registration),
 * and the CRA's business number (a 9-digit root plus a program account such as RT0001).
 */

/** The schemes told apart; "other" is any id of at least 8 digits none of them claims. */
export type TaxIdScheme =
  'abn' | 'acn' | 'nzbn' | 'uk-company' | 'vat' | 'uid' | 'ca-bn' | 'ein' | 'other'

/**
 * `key` is what two ids are compared on (the number without its country prefix or suffix);
 * `scheme` says which kind of id it is, so that two ids of *different* schemes (a UK company
 * number and a VAT number) are neither a match nor a contradiction.
 */
export type CanonicalTaxId = { scheme: TaxIdScheme; key: string; country?: string }

// VIES prefixes, plus GB (and XI, Northern Ireland) for UK VAT.
const VAT_PREFIXES = new Set(
  `AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI GB`.split(
    ' ',
  ),
)
// The countries whose bare VAT number (no prefix) is read as a VAT number; Greece files as EL.
const VAT_COUNTRY_PREFIX: Record<string, string> = { GR: 'EL', UK: 'GB' }
const PREFIX_COUNTRY: Record<string, string> = { EL: 'GR', XI: 'GB' }

// Words people write in front of or after the number; they carry no identity.
const SCHEME_WORDS =
  /\b(ABN|ACN|NZBN|VAT|UID|EIN|BN|GST|TVA|MWST|IVA|NO|NR|NUMBER|ID|USt-?IdNr)\b\.?:?/gi

const digitSum = (digits: string, weights: readonly number[]) =>
  weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0)

/** ATO rule: subtract 1 from the first digit; the weighted sum is a multiple of 89. */
export function isValidAbn(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false
  const adjusted = String(Number(digits[0]) - 1) + digits.slice(1)
  if (adjusted.startsWith('-')) return false
  return digitSum(adjusted, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0
}

/** ASIC rule: weights 8…1 over the first eight digits; the complement of the sum mod 10 is the ninth. */
export function isValidAcn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false
  const check = (10 - (digitSum(digits, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10
  return check === Number(digits[8])
}

/** Swiss UID: weights 5 4 3 2 7 6 5 4, check digit 11 − sum mod 11 (10 is never issued). */
export function isValidSwissUid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false
  const check = (11 - (digitSum(digits, [5, 4, 3, 2, 7, 6, 5, 4]) % 11)) % 11
  return check !== 10 && check === Number(digits[8])
}

const isPlaceholder = (id: string) => /^[0\W_]*$/.test(id)

/**
 * The canonical form of a tax or company id; `country` (ISO alpha-2, the customer's address) tells
 * a bare number's scheme. Undefined when nothing comparable is left, or when a scheme with a check
 * digit says the number was mistyped.
 */
export function canonicalTaxId(
  raw: string | undefined,
  country?: string,
): CanonicalTaxId | undefined {
  if (raw === undefined) return undefined
  // Most ids arrive as bare digits: no prefix, label or suffix to take off.
  if (/^\d{8,}$/.test(raw) && !isPlaceholder(raw))
    return bareScheme(raw, undefined, country, country)
  const upper = raw.toUpperCase()
  // The Swiss UID keeps its CHE: it is part of the number, not a country prefix.
  const uid = /CHE[\s.-]*(\d{3})[\s.-]*(\d{3})[\s.-]*(\d{3})/.exec(upper)
  if (uid) {
    const digits = `${uid[1]}${uid[2]}${uid[3]}`
    return isValidSwissUid(digits)
      ? { scheme: 'uid', key: `CHE${digits}`, country: 'CH' }
      : undefined
  }
  const hadWord = /^\s*(ABN|ACN|NZBN)\b/.exec(upper)?.[1]
  const id = upper.replace(SCHEME_WORDS, ' ').replace(/[^A-Z0-9]/g, '')
  if (/^(SC|NI|OC|SO|NC|R0|LP|SL)\d{6}$/.test(id))
    return { scheme: 'uk-company', key: id, country: 'GB' }
  if (isPlaceholder(id) || id.replace(/\D/g, '').length < 7) return undefined

  // A Canadian business number: the 9-digit root names the business, the program account
  // (RT0001 GST, RP0001 payroll, …) only one of its accounts.
  const bn = /^(\d{9})(R[A-Z]\d{4})$/.exec(id)
  if (bn) return { scheme: 'ca-bn', key: bn[1] as string, country: 'CA' }

  const prefix = id.slice(0, 2)
  if (VAT_PREFIXES.has(prefix) && /^\d/.test(id.slice(2).replace(/^U/, ''))) {
    return { scheme: 'vat', key: id.slice(2), country: PREFIX_COUNTRY[prefix] ?? prefix }
  }
  if (!/^\d+$/.test(id))
    return id.replace(/\D/g, '').length >= 8 ? { scheme: 'other', key: id } : undefined

  // A bare number: its scheme follows from its length and, where lengths collide, the country.
  return bareScheme(id, hadWord, country, country)
}

/** A bare number's scheme; `addressCountry` is the country the scheme itself does not give. */
function bareScheme(
  id: string,
  hadWord: string | undefined,
  country: string | undefined,
  addressCountry: string | undefined,
): CanonicalTaxId | undefined {
  const scheme = bareSchemeOf(id, hadWord, country)
  if (!scheme || scheme.country || !addressCountry) return scheme
  return { ...scheme, country: addressCountry }
}

function bareSchemeOf(
  id: string,
  hadWord: string | undefined,
  country: string | undefined,
): CanonicalTaxId | undefined {
  if (
    hadWord === 'ABN' ||
    (id.length === 11 && (country === 'AU' || (!country && isValidAbn(id))))
  ) {
    return isValidAbn(id) ? { scheme: 'abn', key: id, country: 'AU' } : undefined
  }
  if (hadWord === 'ACN' || (id.length === 9 && country === 'AU')) {
    return isValidAcn(id) ? { scheme: 'acn', key: id, country: 'AU' } : undefined
  }
  if (id.length === 13 && id.startsWith('94')) return { scheme: 'nzbn', key: id, country: 'NZ' }
  if (country === 'GB' || country === 'UK') {
    if (id.length <= 8) return { scheme: 'uk-company', key: id.padStart(8, '0') }
    return { scheme: 'vat', key: id }
  }
  if (country === 'CA' && id.length === 9) return { scheme: 'ca-bn', key: id }
  if (country === 'US' && id.length === 9) return { scheme: 'ein', key: id }
  const vatCountry = country ? (VAT_COUNTRY_PREFIX[country] ?? country) : undefined
  if (vatCountry && VAT_PREFIXES.has(vatCountry)) return { scheme: 'vat', key: id }
  return id.length >= 8 ? { scheme: 'other', key: id } : undefined
}
