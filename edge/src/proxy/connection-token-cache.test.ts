import { describe, expect, it } from 'vitest'
import { createConnectionTokenCache, tokenCacheKey } from './connection-token-cache'

describe('createConnectionTokenCache', () => {
  it('forgets every token of a connection, whatever suffix its keys carry', () => {
    const cache = createConnectionTokenCache()
    cache.set('conn-1', 'a', 1)
    cache.set(tokenCacheKey({ id: 'conn-1', updatedAt: '2026-01-01T00:00:00.000Z' }), 'b', 1)
    cache.set('conn-1:other', 'c', 1)
    cache.forget('conn-1')
    expect(cache.get('conn-1')).toBeUndefined()
    expect(cache.get('conn-1:2026-01-01T00:00:00.000Z')).toBeUndefined()
    expect(cache.get('conn-1:other')).toBeUndefined()
  })

  it('leaves the tokens of a connection whose id merely starts the same', () => {
    const cache = createConnectionTokenCache()
    cache.set('conn-10', 'a', 1)
    cache.set('conn-10:v2', 'b', 1)
    cache.forget('conn-1')
    expect(cache.get('conn-10')).toEqual({ value: 'a', expiresAt: 1 })
    expect(cache.get('conn-10:v2')).toEqual({ value: 'b', expiresAt: 1 })
  })

  it('keys a connection’s tokens by its record version, so a changed record logs in again', () => {
    const before = tokenCacheKey({ id: 'c', updatedAt: '2026-01-01T00:00:00.000Z' })
    const after = tokenCacheKey({ id: 'c', updatedAt: '2026-01-02T00:00:00.000Z' })
    expect(before).not.toBe(after)
    expect(before.startsWith('c:')).toBe(true)
  })
})
