let byName: Map<string, string> | undefined

// The languages distributors write country names in: English everywhere, and the languages of
// ALSO's marketplaces (DACH, France, Benelux, Nordics, Italy, Spain, Poland) [I].
const NAME_LANGUAGES = ['en', 'de', 'fr', 'it', 'nl', 'es', 'pl', 'sv', 'da', 'fi', 'nb']

// Withdrawn or grouping codes ICU still names: German "Deutschland" must not read as DD (the GDR).
const NOT_COUNTRIES = new Set([
  'AN',
  'BU',
  'CS',
  'DD',
  'EU',
  'EZ',
  'FX',
  'NT',
  'SU',
  'TP',
  'UN',
  'YU',
  'ZR',
  'ZZ',
])

/** Country names → ISO alpha-2, built once from Intl so no table is hand-maintained. */
function countryNames(): Map<string, string> {
  if (byName) return byName
  byName = new Map()
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const language of NAME_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })
    for (const a of letters) {
      for (const b of letters) {
        const code = `${a}${b}`
        const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code)
        // First code wins, so an alias such as UK never displaces GB.
        if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code)
      }
    }
  }
  return byName
}

/**
 * The ISO-3166 alpha-2 code of a country, from a code field and/or a name field (distributors give
 * either or both: Rhipe `CountryIsoCode` "AU" and `Country` "Australia"; ALSO `Country` "DE" or
 * "Switzerland"). A code that is not alpha-2 falls back on the name; undefined when neither reads,
 * so the caller can say so rather than guess.
 */
export function countryCode(
  isoCode: string | null | undefined,
  name?: string | null,
): string | undefined {
  const code = isoCode?.trim().toUpperCase()
  if (code && /^[A-Z]{2}$/.test(code)) return code
  for (const value of [name, isoCode]) {
    const key = value?.trim().toLowerCase()
    const found = key ? countryNames().get(key) : undefined
    if (found) return found
  }
  return undefined
}
