import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import { redactSecrets } from './redact-secrets'

describe('redactSecrets', () => {
  it('blanks out a saved secret, also in its URL-encoded form', () => {
    const secrets = { clientSecret: 'a+b/c=secret' }
    expect(redactSecrets('said a+b/c=secret and a%2Bb%2Fc%3Dsecret', secrets)).toBe(
      'said [redacted] and [redacted]',
    )
  })

  it('blanks out a secret echoed back as the form body it was sent in, in either case', () => {
    const secrets = { clientSecret: 'a+b c!secret' }
    expect(redactSecrets('body was client_secret=a%2Bb+c%21secret', secrets)).toBe(
      'body was client_secret=[redacted]',
    )
    expect(redactSecrets('body was client_secret=a%2bb%20c%21secret', secrets)).toBe(
      'body was client_secret=[redacted]',
    )
  })

  it('leaves short values alone so ordinary words survive', () => {
    expect(redactSecrets('region AU is wrong', { code: 'AU' })).toBe('region AU is wrong')
  })

  it('gives back a DistributorError with the secret blanked out of its message', () => {
    const error = new DistributorError({
      kind: 'auth',
      distributor: 'rhipe',
      call: 'POST /connect/token',
      message: 'Rhipe said: invalid secret s3cr3t-value',
      status: 401,
    })
    const redacted = redactSecrets(error, { clientSecret: 's3cr3t-value' })
    expect(redacted.message).toBe('Rhipe said: invalid secret [redacted]')
    expect(redacted).toMatchObject({ kind: 'auth', call: 'POST /connect/token', status: 401 })
  })
})
