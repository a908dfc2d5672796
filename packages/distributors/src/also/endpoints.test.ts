import { describe, expect, it } from 'vitest'
import { alsoAdapter } from './index'
import { ALSO_MARKETPLACES } from './marketplaces'

describe('ALSO connection form and hosts', () => {
  it('resolves each country marketplace to its fixed SimpleAPI base', () => {
    expect(alsoAdapter.endpoints({ marketplace: 'DE' })).toEqual({
      baseUrl: 'https://marketplace.also.de/SimpleAPI/SimpleAPIService.svc/rest',
    })
    expect(alsoAdapter.endpoints({ marketplace: 'test' }).baseUrl).toBe(
      'https://marketplacetest.ccpaas.net/SimpleAPI/SimpleAPIService.svc/rest',
    )
    for (const m of ALSO_MARKETPLACES) {
      expect(alsoAdapter.endpoints({ marketplace: m.value }).baseUrl).toBe(
        `${m.host}/SimpleAPI/SimpleAPIService.svc/rest`,
      )
    }
  })

  it('refuses a marketplace that is not on the list, such as a typed-in URL', () => {
    expect(() => alsoAdapter.endpoints({ marketplace: 'https://evil.example' })).toThrow(
      /Unknown ALSO marketplace/,
    )
    expect(() => alsoAdapter.endpoints({})).toThrow(/Unknown ALSO marketplace/)
  })

  it('resolves the sandbox under /also of the local sandbox origin, and only when there is one', () => {
    expect(
      alsoAdapter.endpoints(
        { marketplace: 'sandbox' },
        { sandboxOrigin: 'http://127.0.0.1:8787/' },
      ),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:8787/also',
    })
    expect(() => alsoAdapter.endpoints({ marketplace: 'sandbox' })).toThrow(
      /only exists when Seatkeeper runs locally/,
    )
  })

  it('offers every marketplace plus the sandbox as choices, never a free URL field', () => {
    const marketplace = alsoAdapter.fields.find((f) => f.key === 'marketplace')
    expect(marketplace?.options?.map((o) => o.value)).toEqual([
      ...ALSO_MARKETPLACES.map((m) => m.value),
      'sandbox',
    ])
  })

  it('marks the password secret and says next to the login that the user needs Reseller Admin and no 2FA', () => {
    const byKey = Object.fromEntries(alsoAdapter.fields.map((f) => [f.key, f]))
    expect(byKey.password?.secret).toBe(true)
    expect(byKey.username?.secret).toBeUndefined()
    for (const key of ['username', 'password']) {
      expect(byKey[key]?.help).toContain('Reseller Admin')
      expect(byKey[key]?.help).toContain('2FA')
    }
  })

  it('lets the browser reach the read operations but never the login', () => {
    const allowed = (path: string) =>
      alsoAdapter.upstreamRoutes.some((r) => r.method === 'POST' && r.path.test(path))
    expect(['/GetCompany', '/GetCompanies', '/GetSubscriptions'].every(allowed)).toBe(true)
    expect(allowed('/GetSessionToken')).toBe(false)
    expect(allowed('/GetCompanies/../CreateCompany')).toBe(false)
  })
})
