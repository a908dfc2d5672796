/**
 * base + path + query as a URL that is still under the base: same origin, same path prefix.
 * The path was already checked by readUpstreamPath; this checks again after the URL parser has had
 * its say, so no quirk of parsing can move the call to another host. Undefined when it would.
 */
export function upstreamUrl(baseUrl: string, encodedPath: string, search: string): URL | undefined {
  const base = new URL(baseUrl.replace(/\/+$/, ''))
  const prefix = base.pathname.replace(/\/+$/, '')
  let url: URL
  try {
    url = new URL(`${base.origin}${prefix}${encodedPath}`)
  } catch {
    return undefined
  }
  if (url.origin !== base.origin || !url.pathname.startsWith(`${prefix}/`)) return undefined
  if (url.username || url.password) return undefined
  // Re-serialised, so the query reaches the distributor in one canonical form.
  const query = new URLSearchParams(search).toString()
  url.search = query ? `?${query}` : ''
  return url
}
