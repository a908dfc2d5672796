import { DistributorError } from '../errors'
import type { CallSite } from './error-for-status'
import type { HttpRequest } from './types'

/**
 * base + path + query, refusing any path that could leave the base: the proxy forwards paths that
 * arrive from the browser, so "//evil.example", "/../admin" or "/%2e%2e/" must never reach fetch.
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  query: HttpRequest['query'],
  site: CallSite,
): string {
  const refuse = (why: string) =>
    new DistributorError({
      kind: 'request',
      distributor: site.distributor,
      call: site.call,
      message: `${site.label}: refused to call ${site.call} because its path ${why}. This is a Seatkeeper bug; please report it.`,
    })
  if (!path.startsWith('/')) throw refuse('does not start with "/"')
  if (path.startsWith('//')) throw refuse('names another host')
  let decoded: string
  try {
    // Decode twice: a double-encoded "%252e%252e" is still ".." to a server that decodes again.
    decoded = decodeURIComponent(decodeURIComponent(path))
  } catch {
    throw refuse('is not validly percent-encoded')
  }
  if (decoded.includes('\\')) throw refuse('contains a backslash')
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(decoded)) throw refuse('contains control characters')
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw refuse('climbs out of the API base')
  }
  if (/[?#]/.test(path)) throw refuse('carries a query or fragment (pass it as `query`)')

  const base = baseUrl.replace(/\/+$/, '')
  const url = new URL(base + path)
  const baseParsed = new URL(base)
  // Belt and braces: whatever the URL parser made of it, it must stay under the base.
  if (url.origin !== baseParsed.origin || !url.pathname.startsWith(baseParsed.pathname)) {
    throw refuse('resolves outside the API base')
  }
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.append(key, String(value))
  }
  return url.toString()
}
