import { describe, expect, it } from 'vitest'
import { rhipeEndpoints } from './endpoints'

describe('rhipeEndpoints', () => {
  it('resolves production to the fixed PRISM API and identity hosts', () => {
    expect(rhipeEndpoints({ environment: 'production' })).toEqual({
      baseUrl: 'https://api.prismportal.online',
      authUrl: 'https://identity.prismportal.online/core/connect/token',
    })
  })

  it('resolves sandbox under the local simulator origin, token endpoint included', () => {
    expect(
      rhipeEndpoints(
        { environment: 'sandbox' },
        { sandboxOrigin: 'http://127.0.0.1:8787/sandbox/' },
      ),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:8787/sandbox/rhipe',
      authUrl: 'http://127.0.0.1:8787/sandbox/rhipe/core/connect/token',
    })
  })

  it('refuses sandbox when no simulator runs, and an unknown environment', () => {
    expect(() => rhipeEndpoints({ environment: 'sandbox' })).toThrow(
      /only available when Seatkeeper runs locally/,
    )
    expect(() => rhipeEndpoints({ environment: 'https://evil.example' })).toThrow(
      /Unknown Rhipe environment/,
    )
  })
})
