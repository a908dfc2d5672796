import { describe, expect, it } from 'vitest'
import { createTokenIssuer } from './create-token-issuer'

describe('createTokenIssuer', () => {
  it('issues distinct tokens that check ok and remember their subject', () => {
    const issuer = createTokenIssuer({ ttlSeconds: 60 })
    const a = issuer.issue('alice')
    const b = issuer.issue('alice')
    expect(a).not.toBe(b)
    expect(issuer.check(a)).toBe('ok')
    expect(issuer.subjectOf(a)).toBe('alice')
    expect(issuer.check('forged')).toBe('unknown')
  })

  it('expires a token after expireAfterUses successful uses', () => {
    const issuer = createTokenIssuer({ ttlSeconds: 3600, expireAfterUses: 2 })
    const token = issuer.issue('acct')
    expect([issuer.check(token), issuer.check(token), issuer.check(token)]).toEqual([
      'ok',
      'ok',
      'expired',
    ])
    expect(issuer.check(issuer.issue('acct'))).toBe('ok')
  })

  it('expires a token once its time to live has passed', () => {
    let t = 0
    const issuer = createTokenIssuer({ ttlSeconds: 10, now: () => t })
    const token = issuer.issue('acct')
    t = 9_999
    expect(issuer.check(token)).toBe('ok')
    t = 10_000
    expect(issuer.check(token)).toBe('expired')
  })
})
