// Seatkeeper service worker policy: which requests the worker answers, and how. Plain script (the
// worker loads it with importScripts) kept apart from sw.js so it is unit-tested in node
// (web/src/offline/sw-policy.test.ts). The rule that matters most: /api/ is NEVER cached — register
// data is kept in IndexedDB by the app, where it is validated and dated, never as stale HTTP answers.
;(function (root) {
  /**
   * @param {{ method: string, url: string, mode?: string }} request
   * @param {string} origin the worker's own origin
   * @returns {'network' | 'shell' | 'cache-first'}
   *   network: leave the request alone; shell: network first, the cached index.html when offline
   *   (every app route is the same SPA page); cache-first: hashed build assets and static files.
   */
  function decideCaching(request, origin) {
    if (request.method !== 'GET') return 'network'
    var url = new URL(request.url)
    if (url.origin !== origin) return 'network'
    if (url.pathname === '/api' || url.pathname.indexOf('/api/') === 0) return 'network'
    if (request.mode === 'navigate') return 'shell'
    if (url.pathname.indexOf('/assets/') === 0) return 'cache-first'
    if (STATIC_FILES.indexOf(url.pathname) !== -1) return 'cache-first'
    return 'network'
  }

  /** Files outside /assets/ the page needs to open offline. */
  var STATIC_FILES = ['/favicon.svg']

  /** Only complete, same-origin, successful answers are stored. */
  function isCacheable(response) {
    return !!response && response.ok && response.status === 200 && response.type === 'basic'
  }

  root.SeatkeeperSwPolicy = { decideCaching: decideCaching, isCacheable: isCacheable, STATIC_FILES: STATIC_FILES }
})(typeof self !== 'undefined' ? self : globalThis)
