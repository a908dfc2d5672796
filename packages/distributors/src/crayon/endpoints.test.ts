import { describe, expect, it } from 'vitest'
import { crayonEndpoints } from './endpoints'
import { crayonFields } from './fields'

describe('crayonEndpoints', () => {
  it('resolves production and demo to the SDK\u2019s fixed hosts, token endpoint on each', () => {
    expect(crayonEndpoints({ environment: 'production' })).toEqual({
      baseUrl: 'https://apiv1.crayon.com',
      authUrl: 'https://apiv1.crayon.com/api/v1/connect/token',
    })
    expect(crayonEndpoints({ environment: 'demo' })).toEqual({
      baseUrl: 'https://demoapi.crayon.com',
      authUrl: 'https://demoapi.crayon.com/api/v1/connect/token',
    })
  })

  it('resolves sandbox under the local origin\u2019s /crayon prefix, token endpoint included', () => {
    expect(
      crayonEndpoints({ environment: 'sandbox' }, { sandboxOrigin: 'http://127.0.0.1:8787/' }),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:8787/crayon',
      authUrl: 'http://127.0.0.1:8787/crayon/api/v1/connect/token',
    })
  })

  it('refuses sandbox where no sandbox runs', () => {
    expect(() => crayonEndpoints({ environment: 'sandbox' }, {})).toThrow(
      /only exists when Seatkeeper runs locally/,
    )
  })

  it('refuses an environment it does not know rather than guessing a host', () => {
    expect(() => crayonEndpoints({ environment: 'https://evil.example' })).toThrow(
      /Unknown Crayon environment "https:\/\/evil.example": choose Production, Demo or Sandbox/,
    )
  })

  it('offers exactly the environments it resolves, and keeps the secrets secret', () => {
    const environment = crayonFields.find((f) => f.key === 'environment')
    expect(environment?.options?.map((o) => o.value)).toEqual(['production', 'demo', 'sandbox'])
    expect(crayonFields.filter((f) => f.secret).map((f) => f.key)).toEqual([
      'clientSecret',
      'password',
    ])
    for (const field of crayonFields) expect(field.help.length).toBeGreaterThan(40)
  })
})
