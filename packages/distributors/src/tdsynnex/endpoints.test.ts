import { describe, expect, it } from 'vitest'
import { tdsynnexEndpoints } from './endpoints'

describe('tdsynnexEndpoints', () => {
  it('resolves production to ion.tdsynnex.com with its OAuth endpoint', () => {
    expect(tdsynnexEndpoints({ environment: 'production' })).toEqual({
      baseUrl: 'https://ion.tdsynnex.com',
      authUrl: 'https://ion.tdsynnex.com/oauth/token',
    })
  })

  it('resolves sandbox under the local sandbox origin, and refuses it elsewhere', () => {
    expect(
      tdsynnexEndpoints({ environment: 'sandbox' }, { sandboxOrigin: 'http://localhost:9/' }),
    ).toEqual({
      baseUrl: 'http://localhost:9/tdsynnex',
      authUrl: 'http://localhost:9/tdsynnex/oauth/token',
    })
    expect(() => tdsynnexEndpoints({ environment: 'sandbox' })).toThrow(
      /only exists when Seatkeeper runs locally/,
    )
  })

  it('refuses an environment it does not know', () => {
    expect(() => tdsynnexEndpoints({ environment: 'staging' })).toThrow(
      /Unknown TD SYNNEX environment "staging"/,
    )
  })
})
