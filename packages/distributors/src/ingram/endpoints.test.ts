import { describe, expect, it } from 'vitest'
import { ingramEndpoints } from './endpoints'
import { ingramFields } from './fields'

describe('ingramEndpoints', () => {
  it('resolves each production region to its fixed marketplace host', () => {
    expect(ingramEndpoints({ environment: 'na' })).toEqual({
      baseUrl: 'https://api.cloud.im/marketplace/na',
    })
    expect(ingramEndpoints({ environment: 'eu' })).toEqual({
      baseUrl: 'https://api.cloud.im/marketplace/eu',
    })
  })

  it('resolves the lab to Ingram Micro\u2019s own test marketplace', () => {
    expect(ingramEndpoints({ environment: 'lab' })).toEqual({
      baseUrl: 'https://api-lab.cloud.im/marketplace/dev',
    })
  })

  it('resolves sandbox under the local origin\u2019s /ingram prefix and refuses it elsewhere', () => {
    expect(
      ingramEndpoints({ environment: 'sandbox' }, { sandboxOrigin: 'http://127.0.0.1:8787/' }),
    ).toEqual({ baseUrl: 'http://127.0.0.1:8787/ingram' })
    expect(() => ingramEndpoints({ environment: 'sandbox' }, {})).toThrow(
      /only exists when Seatkeeper runs locally/,
    )
  })

  it('refuses an environment it does not know rather than guessing a host', () => {
    expect(() => ingramEndpoints({ environment: 'https://evil.example' })).toThrow(
      /Unknown Ingram Micro environment/,
    )
  })

  it('offers exactly the environments it resolves, and tells where each secret is found', () => {
    const environment = ingramFields.find((f) => f.key === 'environment')
    for (const option of environment?.options ?? []) {
      expect(() =>
        ingramEndpoints({ environment: option.value }, { sandboxOrigin: 'http://x.test' }),
      ).not.toThrow()
    }
    for (const field of ingramFields.filter((f) => f.secret)) expect(field.help).toMatch(/portal/)
  })
})
