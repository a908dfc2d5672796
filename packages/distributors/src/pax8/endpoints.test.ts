import { describe, expect, it } from 'vitest'
import { pax8Endpoints } from './endpoints'
import { pax8Fields } from './fields'

describe('pax8Endpoints', () => {
  it('resolves production to api.pax8.com/v1 and its token endpoint', () => {
    expect(pax8Endpoints({ environment: 'production' })).toEqual({
      baseUrl: 'https://api.pax8.com/v1',
      authUrl: 'https://api.pax8.com/v1/token',
    })
  })

  it('resolves sandbox under the local origin’s /pax8 prefix, token endpoint included', () => {
    expect(
      pax8Endpoints({ environment: 'sandbox' }, { sandboxOrigin: 'http://127.0.0.1:8787/' }),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:8787/pax8/v1',
      authUrl: 'http://127.0.0.1:8787/pax8/v1/token',
    })
  })

  it('refuses sandbox where no sandbox runs', () => {
    expect(() => pax8Endpoints({ environment: 'sandbox' }, {})).toThrow(
      /only exists when Seatkeeper runs locally/,
    )
  })

  it('refuses an environment it does not know rather than guessing a host', () => {
    expect(() => pax8Endpoints({ environment: 'https://evil.example' })).toThrow(
      /Unknown Pax8 environment/,
    )
  })

  it('offers a choice of environment, never a URL field, and says where each credential is found', () => {
    expect(pax8Fields.find((f) => f.key === 'environment')?.options?.map((o) => o.value)).toEqual([
      'production',
      'sandbox',
    ])
    expect(pax8Fields.some((f) => /url|host/i.test(f.key))).toBe(false)
    for (const field of pax8Fields.filter((f) => f.key !== 'environment'))
      expect(field.help).toMatch(/Integrations > API Credentials/)
    expect(pax8Fields.find((f) => f.key === 'clientSecret')?.secret).toBe(true)
  })
})
