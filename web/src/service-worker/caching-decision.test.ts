import { describe, expect, it } from 'vitest'
import { decideCaching } from './caching-decision'
import { shellAsRoot } from './shell-manifest'

const policy = { decideCaching }
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
})

describe('shellAsRoot', () => {
  it('precaches index.html as "/", the URL every app route is served from, and keeps the rest', () => {
    const entries = [
      { url: 'index.html', revision: 'r1', size: 1 },
      { url: 'favicon.svg', revision: 'r2', size: 1 },
      { url: 'assets/index-a1.js', revision: null, size: 1 },
    ]
    expect(shellAsRoot(entries).manifest.map((entry) => entry.url)).toEqual([
      '/',
      'favicon.svg',
      'assets/index-a1.js',
    ])
  })
})
