import { describe, expect, it } from 'vitest'
import { createMemoryTokenCache } from './memory-token-cache'

describe('createMemoryTokenCache', () => {
  it('forgets every token of a connection, whatever suffix its keys carry', () => {
    const cache = createMemoryTokenCache()
    cache.set('conn-1', 'a', 1)
    cache.set('conn-1:2026-01-01T00:00:00.000Z', 'b', 1)
    cache.set('conn-1:other', 'c', 1)
    cache.forget('conn-1')
    expect(cache.get('conn-1')).toBeUndefined()
    expect(cache.get('conn-1:2026-01-01T00:00:00.000Z')).toBeUndefined()
    expect(cache.get('conn-1:other')).toBeUndefined()
  })

  it('leaves the tokens of a connection whose id merely starts the same', () => {
    const cache = createMemoryTokenCache()
    cache.set('conn-10', 'a', 1)
    cache.set('conn-10:v2', 'b', 1)
    cache.forget('conn-1')
    expect(cache.get('conn-10')).toEqual({ value: 'a', expiresAt: 1 })
    expect(cache.get('conn-10:v2')).toEqual({ value: 'b', expiresAt: 1 })
  })
})
