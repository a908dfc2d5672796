let byName: Map<string, string> | undefined

/** English country names → ISO alpha-2, built once from Intl so no table is hand-maintained. */
function countryNames(): Map<string, string> {
  if (byName) return byName
  byName = new Map()
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const a of letters) {
    for (const b of letters) {
      const code = `${a}${b}`
      const name = names.of(code)
      // First code wins, so an alias such as UK never displaces GB.
      if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code)
    }
  }
  return byName
}

/**
 * PRISM gives both `CountryIsoCode` ("AU") and `Country` ("Australia"); either may be null, so the
 * name is the fallback when the code is missing or not alpha-2.
 */
export function countryCode(
  isoCode: string | null | undefined,
  name: string | null | undefined,
): string | undefined {
  const code = isoCode?.trim().toUpperCase()
  if (code && /^[A-Z]{2}$/.test(code)) return code
  const key = name?.trim().toLowerCase()
  return key ? countryNames().get(key) : undefined
}
