// Seatkeeper's service worker: the app shell opens with no network. Plain JS, copied to web/dist
// as it is; the build (vite.config.ts, precacheManifest plugin) replaces the PRECACHE line below
// with this build's index.html and /assets/* list, so every deploy yields a new worker.
/* global self, caches, importScripts */
importScripts('/sw-policy.js')

var PRECACHE = /* precache-manifest */ { version: 'dev', urls: ['/', '/favicon.svg'] }
var policy = self.SeatkeeperSwPolicy
var CACHE = 'seatkeeper-shell-' + PRECACHE.version

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) {
        // cache: 'reload' so the precache never copies a stale HTTP-cached index.html.
        return cache.addAll(
          PRECACHE.urls.map(function (url) {
            return new Request(url, { cache: 'reload' })
          }),
        )
      })
      .then(function () {
        return self.skipWaiting()
      }),
  )
})

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf('seatkeeper-') === 0 && name !== CACHE
            })
            .map(function (name) {
              return caches.delete(name)
            }),
        )
      })
      .then(function () {
        return self.clients.claim()
      }),
  )
})

self.addEventListener('fetch', function (event) {
  var decision = policy.decideCaching(event.request, self.location.origin)
  if (decision === 'shell') event.respondWith(networkFirstShell(event.request))
  else if (decision === 'cache-first') event.respondWith(cacheFirst(event.request))
  // 'network': no respondWith, the browser fetches as if there were no worker (all of /api/).
})

function networkFirstShell(request) {
  return fetch(request)
    .then(function (response) {
      if (policy.isCacheable(response)) {
        var copy = response.clone()
        caches.open(CACHE).then(function (cache) {
          return cache.put('/', copy)
        })
      }
      return response
    })
    .catch(function () {
      // Every app route is the same index.html ('/': the Worker redirects /index.html to it).
      return caches.match('/').then(function (cached) {
        return cached || Response.error()
      })
    })
}

function cacheFirst(request) {
  return caches.match(request).then(function (cached) {
    if (cached) return cached
    return fetch(request).then(function (response) {
      if (policy.isCacheable(response)) {
        var copy = response.clone()
        caches.open(CACHE).then(function (cache) {
          return cache.put(request, copy)
        })
      }
      return response
    })
  })
}
