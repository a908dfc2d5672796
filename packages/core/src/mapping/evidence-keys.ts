/*
 * Comparable forms of the identifiers a suggestion weighs. Each returns undefined when nothing
 * comparable is left, so an empty or junk value is "no evidence" rather than a match on "".
 */

import { isFreeMailDomain } from './free-mail-domains'

// Most domains arrive bare already ("contoso.com.au"): one test instead of seven rewrites that
// would change nothing.
const BARE_HOST = /^(?!www\d*\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/

/**
 * A web or e-mail domain as a bare host: "https://www.Contoso.com/about" and
 * "billing@contoso.com" → "contoso.com". Mailbox providers (gmail.com, …) → undefined.
 */
export function normalizeDomain(raw: string | undefined): string | undefined {
  if (raw !== undefined && BARE_HOST.test(raw)) return isFreeMailDomain(raw) ? undefined : raw
  let host = raw?.trim().toLowerCase() ?? ''
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^mailto:/, '')
  host = host.split(/[/?#]/, 1)[0] ?? ''
  // After the scheme and path are gone, an "@" separates a mailbox (or URL user) from the host.
  host = host.slice(host.lastIndexOf('@') + 1)
  host = host
    .replace(/:\d+$/, '')
    .replace(/^www\d*\./, '')
    .replace(/\.+$/, '')
  if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(host)) return undefined
  return isFreeMailDomain(host) ? undefined : host
}

/** Whether a domain field holds an e-mail address rather than a web address. */
export function isEmailAddress(raw: string | undefined): boolean {
  return (
    raw !== undefined &&
    raw.includes('@') &&
    /^[^@/\s]+@[^@/\s]+$/.test(raw.trim().replace(/^mailto:/i, ''))
  )
}

/*
 * Placeholders ("N/A", "0", the nil GUID) would otherwise be strong evidence between every two
 * customers that carry them. Real tenant ids are GUIDs (or, at some distributors, an
 * *.onmicrosoft.com name). Tax ids have their own module, tax-id-schemes.ts.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const isPlaceholder = (id: string) => /^[0\W_]*$/.test(id)

/** A Microsoft tenant id compared case-insensitively, {braces} dropped; placeholders → undefined. */
export function normalizeTenantId(raw: string | undefined): string | undefined {
  // The usual case, a bare GUID that is not the nil GUID, needs no rewriting.
  if (raw !== undefined && GUID.test(raw) && /[1-9a-f]/i.test(raw)) return raw.toLowerCase()
  const id =
    raw
      ?.trim()
      .replace(/^\{|\}$/g, '')
      .toLowerCase() ?? ''
  if (isPlaceholder(id) || id.replace(/[^\p{L}\p{N}]/gu, '').length < 8) return undefined
  return id
}

/** A city as compared: lower case, accents and punctuation ignored ("Zürich" → "zurich"). */
export function normalizeCity(raw: string | undefined): string | undefined {
  // Most cities are plain ASCII: no Unicode folding needed for them.
  if (raw !== undefined && /^[\x00-\x7f]*$/.test(raw)) {
    const city = raw.toLowerCase().replace(/[^a-z0-9]+/g, '')
    return city ? city : undefined
  }
  const city = raw
    ?.normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
  return city ? city : undefined
}

/** A postcode without spaces, upper case: "sw1a 1aa" → "SW1A1AA". */
export function normalizePostcode(raw: string | undefined): string | undefined {
  const code = raw?.replace(/\s+/g, '').toUpperCase() ?? ''
  return code === '' ? undefined : code
}
