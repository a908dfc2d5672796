import { describe, expect, it } from 'vitest'
import { arrowsphereEndpoints } from './endpoints'

describe('arrowsphereEndpoints', () => {
  it('resolves production to the fixed xSP API host', () => {
    expect(arrowsphereEndpoints({ environment: 'production' })).toEqual({
      baseUrl: 'https://xsp.arrow.com/index.php/api',
    })
  })

  it('resolves sandbox under the local sandbox origin', () => {
    expect(
      arrowsphereEndpoints({ environment: 'sandbox' }, { sandboxOrigin: 'http://127.0.0.1:8788/' }),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:8788/arrowsphere',
    })
  })

  it('refuses sandbox when the app is not running locally', () => {
    expect(() => arrowsphereEndpoints({ environment: 'sandbox' }, {})).toThrow(
      /only exists when Seatkeeper runs locally/,
    )
  })

  it('refuses an environment that is not one of its choices, such as a URL', () => {
    expect(() => arrowsphereEndpoints({ environment: 'https://evil.example' })).toThrow(
      /Unknown ArrowSphere environment/,
    )
  })
})
