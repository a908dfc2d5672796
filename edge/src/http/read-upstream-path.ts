/** A browser-supplied upstream path, checked: `decoded` to match routes, `encoded` to send. */
export type UpstreamPath =
  { ok: true; decoded: string; encoded: string } | { ok: false; why: string }

/**
 * Reads the part of a proxy URL after `/upstream`, as the URL parser left it (still
 * percent-encoded), and refuses anything that could steer the call off the distributor's API
 * base: another host (`//evil.example`, `http://…`), climbing out (`..`, `%2e%2e`), separators
 * smuggled in encoded form (`%2f`, `%5c`, double-encoded `%252f`), backslashes, control
 * characters. The path is decoded exactly once; anything still encoded after that is refused
 * rather than guessed at, because a distributor's server may decode it again.
 */
export function readUpstreamPath(raw: string): UpstreamPath {
  const refuse = (why: string): UpstreamPath => ({ ok: false, why })
  if (!raw.startsWith('/') || raw === '/') return refuse('names no distributor path')
  if (raw.includes('\\')) return refuse('contains a backslash')
  if (raw.includes('//')) return refuse('contains "//", which could name another host')
  if (/%(2f|5c)/i.test(raw)) return refuse('contains an encoded slash or backslash')
  if (/%25/i.test(raw)) return refuse('is percent-encoded twice')
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return refuse('is not validly percent-encoded')
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return refuse('contains control characters')
  if (/[?#\\]/.test(decoded)) return refuse('contains an encoded "?", "#" or backslash')
  const segments = decoded.split('/').slice(1)
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return refuse('climbs out of the distributor API base ("..")')
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(segments[0] ?? '')) return refuse('is an absolute URL')
  return { ok: true, decoded, encoded: '/' + segments.map(encodeURIComponent).join('/') }
}
