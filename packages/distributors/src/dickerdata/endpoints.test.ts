import { describe, expect, it } from 'vitest'
import { dickerdataEndpoints } from './endpoints'

describe('dickerdataEndpoints', () => {
  it('resolves the documented test host for the test environment', () => {
    expect(dickerdataEndpoints({ region: 'AU', environment: 'test' })).toEqual({
      baseUrl: 'https://b2b-api-test.dickerdata.com.au/api',
    })
  })

  it('resolves production, and NZ to the same hosts as AU', () => {
    expect(dickerdataEndpoints({ region: 'AU', environment: 'production' }).baseUrl).toBe(
      'https://b2b-api.dickerdata.com.au/api',
    )
    expect(dickerdataEndpoints({ region: 'NZ', environment: 'production' }).baseUrl).toBe(
      'https://b2b-api.dickerdata.com.au/api',
    )
  })

  it('resolves the sandbox under the local sandbox origin', () => {
    expect(
      dickerdataEndpoints(
        { region: 'AU', environment: 'sandbox' },
        { sandboxOrigin: 'http://127.0.0.1:8787/sandbox/' },
      ),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:8787/sandbox/dickerdata',
    })
  })

  it('refuses the sandbox when the app is not running locally', () => {
    expect(() => dickerdataEndpoints({ region: 'AU', environment: 'sandbox' }, {})).toThrow(
      /only exists when Seatkeeper runs locally/,
    )
  })

  it('refuses an environment or region that is not one of the choices, so no free URL can get in', () => {
    expect(() =>
      dickerdataEndpoints({ region: 'AU', environment: 'https://evil.example' }),
    ).toThrow(/no environment/)
    expect(() => dickerdataEndpoints({ region: 'US', environment: 'production' })).toThrow(
      /no region "US"/,
    )
  })
})
