import { describe, expect, it } from 'vitest'
import { injectPrecache, precacheManifest } from './precache-manifest'
// The worker's policy is a plain script that registers itself on the global object.
import '../../public/sw-policy.js'

type Policy = {
  decideCaching(request: { method: string; url: string; mode?: string }, origin: string): string
  isCacheable(response: { ok: boolean; status: number; type: string } | undefined): boolean
}
const policy = (globalThis as unknown as { SeatkeeperSwPolicy: Policy }).SeatkeeperSwPolicy
const origin = 'https://seatkeeper.example'
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: `${origin}${path}`, mode })

describe('the service worker caching policy', () => {
  it.each([
    ['/api/register'],
    ['/api/runs?limit=50'],
    ['/api/connections/c-1/upstream/v1/customers'],
    ['/api'],
  ])('never answers %s from a cache, not even on navigation', (path) => {
    expect(policy.decideCaching(get(path), origin)).toBe('network')
    expect(policy.decideCaching(get(path, 'navigate'), origin)).toBe('network')
  })

  it('serves hashed build assets and the icon cache-first', () => {
    expect(policy.decideCaching(get('/assets/index-CC9eWpal.js'), origin)).toBe('cache-first')
    expect(policy.decideCaching(get('/favicon.svg'), origin)).toBe('cache-first')
  })

  it('answers every page navigation with the shell, so deep links open offline', () => {
    expect(policy.decideCaching(get('/customers/c-1', 'navigate'), origin)).toBe('shell')
    expect(policy.decideCaching(get('/', 'navigate'), origin)).toBe('shell')
  })

  it('leaves writes and other origins alone', () => {
    expect(policy.decideCaching({ method: 'POST', url: `${origin}/assets/x.js` }, origin)).toBe(
      'network',
    )
    expect(policy.decideCaching(get('/assets/x.js'), 'https://other.example')).toBe('network')
    expect(policy.decideCaching(get('/robots.txt'), origin)).toBe('network')
  })

  it('stores only complete same-origin successes', () => {
    expect(policy.isCacheable({ ok: true, status: 200, type: 'basic' })).toBe(true)
    expect(policy.isCacheable({ ok: true, status: 206, type: 'basic' })).toBe(false)
    expect(policy.isCacheable({ ok: false, status: 404, type: 'basic' })).toBe(false)
    expect(policy.isCacheable({ ok: false, status: 0, type: 'opaque' })).toBe(false)
    expect(policy.isCacheable(undefined)).toBe(false)
  })
})

describe('precacheManifest', () => {
  const files = [
    'index.html',
    'favicon.svg',
    'sw.js',
    '_headers',
    'assets/index-a1.js',
    'assets/index-b2.css',
    'assets/runs-page-c3.js',
  ]

  it('lists the shell: index.html as "/", the icon and every asset', () => {
    expect(precacheManifest(files).urls).toEqual([
      '/',
      '/favicon.svg',
      '/assets/index-a1.js',
      '/assets/index-b2.css',
      '/assets/runs-page-c3.js',
    ])
  })

  it('changes its version when the build changes, and only then', () => {
    const next = files.map((file) => file.replace('index-a1', 'index-z9'))
    expect(precacheManifest(files).version).toBe(precacheManifest([...files].reverse()).version)
    expect(precacheManifest(next).version).not.toBe(precacheManifest(files).version)
  })

  it('writes the manifest into the worker in place of its marker line', () => {
    const source =
      "importScripts('/sw-policy.js')\nvar PRECACHE = /* precache-manifest */ { version: 'dev', urls: ['/'] }\nvar CACHE = 1\n"
    const out = injectPrecache(source, { version: 'v1', urls: ['/', '/assets/a.js'] })
    expect(out).toContain(
      'var PRECACHE = /* precache-manifest */ {"version":"v1","urls":["/","/assets/a.js"]}\nvar CACHE = 1',
    )
    expect(() => injectPrecache('self.x = 1', { version: 'v', urls: [] })).toThrow(
      /precache-manifest/,
    )
  })
})
