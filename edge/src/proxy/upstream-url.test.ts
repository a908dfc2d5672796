import { describe, expect, it } from 'vitest'
import { upstreamUrl } from './upstream-url'

describe('upstreamUrl', () => {
  it('appends the path to the base URL’s path and keeps its origin', () => {
    expect(
      upstreamUrl('https://xsp.arrow.com/index.php/api', '/customers', '?page=2')?.toString(),
    ).toBe('https://xsp.arrow.com/index.php/api/customers?page=2')
  })

  it('works with a base URL that has a trailing slash or no path', () => {
    expect(upstreamUrl('https://api.example/v1/', '/x', '')?.toString()).toBe(
      'https://api.example/v1/x',
    )
    expect(upstreamUrl('https://api.example', '/x', '')?.toString()).toBe('https://api.example/x')
  })

  it('re-serialises the query in one canonical form', () => {
    expect(upstreamUrl('https://api.example', '/x', '?a=1&b=%20c&a=2')?.search).toBe(
      '?a=1&b=+c&a=2',
    )
  })

  it('refuses a path the URL parser would resolve outside the base path', () => {
    expect(upstreamUrl('https://api.example/v1', '/../admin', '')).toBeUndefined()
    expect(upstreamUrl('https://api.example/v1', '/%2e%2e/admin', '')).toBeUndefined()
  })

  it('refuses a path that would name another host', () => {
    expect(upstreamUrl('https://api.example', '@evil.example/x', '')).toBeUndefined()
    expect(upstreamUrl('https://api.example/v1', 'x.evil.example/v1/x', '')).toBeUndefined()
  })
})
