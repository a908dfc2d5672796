import { describe, expect, it } from 'vitest'
import { redactText } from './redact-text'

describe('redactText', () => {
  it('blanks out a saved secret, also in its URL-encoded form', () => {
    const secrets = { clientSecret: 'a+b/c=secret' }
    expect(redactText('said a+b/c=secret and a%2Bb%2Fc%3Dsecret', secrets)).toBe(
      'said [redacted] and [redacted]',
    )
  })

  it('leaves short values alone so ordinary words survive', () => {
    expect(redactText('region AU is wrong', { code: 'AU' })).toBe('region AU is wrong')
  })
})
