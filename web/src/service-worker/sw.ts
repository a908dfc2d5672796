// Seatkeeper's service worker: the app shell opens with no network. vite-plugin-pwa builds this file
// into web/dist/sw.js (injectManifest) and writes this build's shell list in place of
// self.__WB_MANIFEST, so every deploy yields a new worker; workbox-precaching installs that list,
// names the cache by revision and drops the previous build's copy.
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precache,
  type PrecacheEntry,
} from 'workbox-precaching'
import { decideCaching } from './caching-decision'
import { noOfflineCopyPage } from './no-offline-copy-page'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> }

precache(self.__WB_MANIFEST)
cleanupOutdatedCaches()

self.addEventListener('install', () => void self.skipWaiting())

self.addEventListener('activate', (event) => {
  // Caches of the hand-written worker before this one; workbox names its own.
  const legacy = caches
    .keys()
    .then((names) =>
      Promise.all(
        names.filter((name) => name.startsWith('seatkeeper-')).map((name) => caches.delete(name)),
      ),
    )
  event.waitUntil(legacy.then(() => self.clients.claim()))
})

self.addEventListener('fetch', (event) => {
  const decision = decideCaching(event.request, self.location.origin)
  if (decision === 'shell') event.respondWith(networkFirstShell(event.request))
  else if (decision === 'cache-first') event.respondWith(cacheFirst(event.request))
  // 'network': no respondWith, the browser fetches as if there were no worker (all of /api/).
})

async function networkFirstShell(request: Request): Promise<Response> {
  try {
    return await fetch(request)
  } catch {
    // Every app route is the same index.html, precached as '/'.
    return (await matchPrecache('/')) ?? noOfflineCopyPage()
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  return (await matchPrecache(request.url)) ?? fetch(request)
}
