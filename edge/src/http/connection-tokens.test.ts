import { describe, expect, it } from 'vitest'
import { tokenCacheKey } from './connection-tokens'

describe('tokenCacheKey', () => {
  it('keys a connection’s tokens by its record version, so a changed record logs in again', () => {
    const before = tokenCacheKey({ id: 'c', updatedAt: '2026-01-01T00:00:00.000Z' })
    const after = tokenCacheKey({ id: 'c', updatedAt: '2026-01-02T00:00:00.000Z' })
    expect(before).not.toBe(after)
    expect(before.startsWith('c:')).toBe(true)
  })
})
