import { describe, expect, it } from 'vitest'
import { sherwebEndpoints } from './endpoints'
import { sherwebFields } from './fields'

describe('sherwebEndpoints', () => {
  it('resolves production to the fixed api.sherweb.com gateway and its token endpoint', () => {
    expect(sherwebEndpoints({ environment: 'production' })).toEqual({
      baseUrl: 'https://api.sherweb.com',
      authUrl: 'https://api.sherweb.com/auth/oidc/connect/token',
    })
  })

  it('resolves sandbox under the local origin\u2019s /sherweb prefix, token endpoint included', () => {
    expect(
      sherwebEndpoints({ environment: 'sandbox' }, { sandboxOrigin: 'http://127.0.0.1:8787/' }),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:8787/sherweb',
      authUrl: 'http://127.0.0.1:8787/sherweb/auth/oidc/connect/token',
    })
  })

  it('refuses sandbox where no sandbox runs', () => {
    expect(() => sherwebEndpoints({ environment: 'sandbox' }, {})).toThrow(
      /only exists when Seatkeeper runs locally/,
    )
  })

  it('refuses an environment it does not know rather than guessing a host', () => {
    expect(() => sherwebEndpoints({ environment: 'https://evil.example' })).toThrow(
      /Unknown Sherweb environment/,
    )
  })

  it('offers exactly the environments endpoints() resolves', () => {
    const environment = sherwebFields.find((field) => field.key === 'environment')
    for (const option of environment?.options ?? []) {
      expect(() =>
        sherwebEndpoints({ environment: option.value }, { sandboxOrigin: 'http://localhost' }),
      ).not.toThrow()
    }
    expect(environment?.options?.map((o) => o.value)).toEqual(['production', 'sandbox'])
  })

  it('marks the client secret and the subscription key secret, and only those', () => {
    expect(sherwebFields.filter((field) => field.secret).map((field) => field.key)).toEqual([
      'clientSecret',
      'subscriptionKey',
    ])
  })
})
