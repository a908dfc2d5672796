import { describe, expect, it } from 'vitest'
import { readRetryAfter } from './read-retry-after'

const now = Date.UTC(2026, 0, 1)
const h = (value?: string) => new Headers(value === undefined ? {} : { 'retry-after': value })

describe('readRetryAfter', () => {
  it('reads delay-seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(readRetryAfter(h('30'), now)).toBe(30_000)
    expect(readRetryAfter(h(new Date(now + 5000).toUTCString()), now)).toBe(5000)
    expect(readRetryAfter(h(new Date(now - 5000).toUTCString()), now)).toBe(0)
    expect(readRetryAfter(h('soon'), now)).toBeUndefined()
    expect(readRetryAfter(h(), now)).toBeUndefined()
  })
})
