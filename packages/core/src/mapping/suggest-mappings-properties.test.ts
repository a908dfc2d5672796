import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ExternalCustomer } from '../model/external'
import { emptyRegister, type Customer, type Register } from '../model/register'
import { suggestMappings } from './suggest-mappings'

/*
 * Small books drawn from a few names, tenants, tax ids, domains, postcodes and countries, so that
 * evidence collides often: shared tenants, one tax id on two customers, the same name in two
 * countries, a tenant pointing one way and a tax id another.
 */
const DISTINCT = ['Quillon', 'Marfen', 'Zorbin', 'Velgro', 'Tholis']
const TRADES = ['Dental', 'IT Services', 'Logistics', 'Group']
const FORMS = ['Pty Ltd', 'Limited', 'GmbH', '']
const TENANTS = [
  '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d',
  '1c6a5b0e-8d2f-4a47-b0f9-6e1d2c3b4a59',
]
const TAX_IDS = ['51824753556', '22851425149', 'FR24441199460']
const DOMAINS = ['quillon.com.au', 'marfen.de', 'shaw.ca']
const POSTCODES = ['6011', '3011', '4051']
const COUNTRIES = ['AU', 'NZ', 'DE']

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })
const evidence = fc.record({
  name: fc
    .tuple(fc.constantFrom(...DISTINCT), fc.constantFrom(...TRADES), fc.constantFrom(...FORMS))
    .map((words) => words.join(' ').trim()),
  tenantId: maybe(fc.constantFrom(...TENANTS)),
  taxId: maybe(fc.constantFrom(...TAX_IDS)),
  domain: maybe(fc.constantFrom(...DOMAINS)),
  postcode: maybe(fc.constantFrom(...POSTCODES)),
  country: maybe(fc.constantFrom(...COUNTRIES)),
})
type Drawn = typeof evidence extends fc.Arbitrary<infer T> ? T : never

const withoutUndefined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

function registerOf(drawn: Drawn[]): Register {
  const customers: Customer[] = drawn.map((e, i) => ({
    id: `c${i}`,
    name: e.name,
    inactive: false,
    version: 1,
    ...withoutUndefined({ tenantId: e.tenantId, taxId: e.taxId, domain: e.domain }),
    mainSite: withoutUndefined({ postcode: e.postcode, country: e.country }),
  }))
  return { ...emptyRegister(), version: 1, customers }
}

const externalsOf = (drawn: Drawn[]) =>
  drawn.map((e, i): ExternalCustomer => ({
    externalId: `e${i}`,
    name: e.name,
    status: 'active',
    ...withoutUndefined({ tenantId: e.tenantId, taxId: e.taxId, domain: e.domain }),
    address: withoutUndefined({ postcode: e.postcode, country: e.country }),
  }))

const book = fc.record({
  register: fc.array(evidence, { minLength: 1, maxLength: 12 }),
  externals: fc.array(evidence, { minLength: 1, maxLength: 6 }),
})

describe('suggestMappings properties', () => {
  it('never gives a distributor customer two high candidates', () => {
    fc.assert(
      fc.property(book, ({ register, externals }) => {
        const suggestions = suggestMappings('conn', externalsOf(externals), registerOf(register), {
          limit: 12,
        })
        for (const suggestion of suggestions) {
          expect(suggestion.candidates.filter((c) => c.high).length).toBeLessThanOrEqual(1)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never turns a high into a high for someone else when an unrelated customer is added', () => {
    fc.assert(
      fc.property(book, fc.constantFrom(...TRADES), ({ register, externals }, trade) => {
        const reg = registerOf(register)
        const ext = externalsOf(externals)
        const before = suggestMappings('conn', ext, reg, { limit: 12 })
        // Unrelated: a name of its own that shares only a trade word, no id, domain or address.
        const unrelated: Customer = {
          id: 'u',
          name: `Osgrovin ${trade}`,
          inactive: false,
          version: 1,
        }
        const after = suggestMappings(
          'conn',
          ext,
          { ...reg, customers: [...reg.customers, unrelated] },
          {
            limit: 12,
          },
        )
        for (const suggestion of before) {
          const high = suggestion.candidates.find((c) => c.high)
          if (!high) continue
          const now = after.find((s) => s.externalId === suggestion.externalId)
          const highsNow = now?.candidates.filter((c) => c.high).map((c) => c.customerId) ?? []
          expect(highsNow.every((id) => id === high.customerId)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
