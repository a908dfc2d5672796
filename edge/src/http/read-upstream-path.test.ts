import { describe, expect, it } from 'vitest'
import { readUpstreamPath } from './read-upstream-path'

describe('readUpstreamPath', () => {
  it('decodes once and re-encodes each segment for sending', () => {
    expect(readUpstreamPath('/api/v2/contractagreements/ab-12/tenants')).toEqual({
      ok: true,
      decoded: '/api/v2/contractagreements/ab-12/tenants',
      encoded: '/api/v2/contractagreements/ab-12/tenants',
    })
    expect(readUpstreamPath('/customers/a%20b')).toMatchObject({
      ok: true,
      decoded: '/customers/a b',
      encoded: '/customers/a%20b',
    })
  })

  const refused: Array<[string, string]> = [
    ['', 'names no distributor path'],
    ['/', 'names no distributor path'],
    ['customers', 'names no distributor path'],
    ['//evil.example/x', '"//"'],
    ['/a//b', '"//"'],
    ['/..%2f..%2fadmin', 'encoded slash'],
    ['/%2F', 'encoded slash'],
    ['/%5cevil', 'encoded slash or backslash'],
    ['/\\evil', 'backslash'],
    ['/a%252f..', 'percent-encoded twice'],
    ['/%252e%252e/x', 'percent-encoded twice'],
    ['/%zz', 'not validly percent-encoded'],
    ['/a%00b', 'control characters'],
    ['/a%0d%0ab', 'control characters'],
    ['/a%7f', 'control characters'],
    ['/..', 'climbs out'],
    ['/%2e%2e/admin', 'climbs out'],
    ['/a/%2E/b', 'climbs out'],
    ['/http:', 'absolute URL'],
    ['/javascript:alert(1)', 'absolute URL'],
    ['/a%3fb', '"?", "#"'],
    ['/a%23b', '"?", "#"'],
  ]
  for (const [raw, why] of refused) {
    it(`refuses ${JSON.stringify(raw)} (${why})`, () => {
      const result = readUpstreamPath(raw)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.why).toContain(why)
    })
  }
})
