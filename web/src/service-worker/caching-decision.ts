/** How the service worker answers a request (see decideCaching). */
export type CachingDecision = 'network' | 'shell' | 'cache-first'

type RequestLike = { method: string; url: string; mode?: string }

/** Files outside /assets/ the page needs to open offline. */
export const STATIC_FILES = ['/favicon.svg']

/**
 * Which requests the worker answers, and how. The rule that matters most: /api/ is NEVER cached —
 * register data is kept in IndexedDB by the app, where it is validated and dated, never as stale
 * HTTP answers. network: leave the request alone; shell: network first, the precached index.html
 * when offline (every app route is the same SPA page); cache-first: build assets and static files.
 */
export function decideCaching(request: RequestLike, origin: string): CachingDecision {
  if (request.method !== 'GET') return 'network'
  const url = new URL(request.url)
  if (url.origin !== origin) return 'network'
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return 'network'
  if (request.mode === 'navigate') return 'shell'
  if (url.pathname.startsWith('/assets/')) return 'cache-first'
  if (STATIC_FILES.includes(url.pathname)) return 'cache-first'
  return 'network'
}
