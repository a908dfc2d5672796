import { describe, expect, it } from 'vitest'
import type { ExternalCustomer } from '../model/external'
import { emptyRegister, type Customer, type Mapping, type Register } from '../model/register'
import { HIGH_CONFIDENCE, suggestMappings } from './suggest-mappings'

const TENANT_A = '3f2504e0-4f89-11d3-9a0c-0305e82c3301'
const TENANT_B = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d'

function customer(id: string, name: string, extra: Partial<Customer> = {}): Customer {
  return { id, name, inactive: false, version: 1, ...extra }
}

function external(
  id: string,
  name: string,
  extra: Partial<ExternalCustomer> = {},
): ExternalCustomer {
  return { externalId: id, name, status: 'active', ...extra }
}

function registerOf(customers: Customer[], mappings: Mapping[] = []): Register {
  return { ...emptyRegister(), version: 1, customers, mappings }
}

/** The candidates suggested for the only distributor customer given. */
function candidatesFor(ext: ExternalCustomer, customers: Customer[]) {
  return suggestMappings('conn-1', [ext], registerOf(customers))[0]?.candidates ?? []
}

describe('suggestMappings', () => {
  it('rates a shared Microsoft tenant id high on its own, whatever the case', () => {
    const [top] = candidatesFor(external('e1', 'CTS Group', { tenantId: TENANT_A.toUpperCase() }), [
      customer('c1', 'Contoso', { tenantId: TENANT_A }),
    ])
    expect(top).toMatchObject({ customerId: 'c1', confidence: 0.97, high: true })
    expect(top?.reasons).toEqual(['Same Microsoft tenant id'])
  })

  it('rates a shared tax id high on its own, however it is spaced', () => {
    const [top] = candidatesFor(external('e1', 'CTS Group', { taxId: '51 824 753 556' }), [
      customer('c1', 'Contoso', { taxId: '51824753556' }),
    ])
    expect(top).toMatchObject({ confidence: 0.95, high: true, reasons: ['Same tax id'] })
  })

  it('rates names that match once "Ltd"/"Limited" are ignored at 0.8, which is not high', () => {
    const [top] = candidatesFor(external('e1', 'CONTOSO LTD.'), [customer('c1', 'Contoso Limited')])
    expect(top).toMatchObject({ confidence: 0.8, high: false })
    expect(top?.reasons).toEqual([
      'Names match once "Ltd"/"Limited", case and punctuation are ignored',
    ])
  })

  it('rates matching names high once the web domain matches too', () => {
    const [top] = candidatesFor(external('e1', 'Contoso Ltd', { domain: 'billing@contoso.com' }), [
      customer('c1', 'Contoso Limited', { domain: 'https://www.contoso.com/' }),
    ])
    expect(top).toMatchObject({ confidence: 0.92, high: true })
    expect(top?.reasons).toContain('Same e-mail domain (contoso.com)')
  })

  it('rates matching names high once the postcode in the same country matches too', () => {
    const [top] = candidatesFor(
      external('e1', 'Contoso Ltd', { address: { postcode: 'sw1a 1aa', country: 'GB' } }),
      [customer('c1', 'Contoso Limited', { mainSite: { postcode: 'SW1A 1AA', country: 'GB' } })],
    )
    expect(top).toMatchObject({ confidence: 0.91, high: true })
    expect(top?.reasons).toContain('Same postcode (SW1A 1AA)')
  })

  it('suggests a customer by web domain alone, below high', () => {
    const [top] = candidatesFor(external('e1', 'CTS', { domain: 'www.contoso.com' }), [
      customer('c1', 'Contoso', { domain: 'contoso.com' }),
    ])
    expect(top).toMatchObject({ confidence: 0.6, high: false })
    expect(top?.reasons).toEqual(['Same web domain (contoso.com)'])
  })

  it('never rates a name that only shares a prefix high, even with the same postcode', () => {
    const [top] = candidatesFor(external('e1', 'Northwind', { address: { postcode: '2000' } }), [
      customer('c1', 'Northwind Holdings Pty Ltd', { mainSite: { postcode: '2000' } }),
    ])
    expect(top?.high).toBe(false)
    expect(top?.confidence).toBeLessThan(HIGH_CONFIDENCE)
    expect(top?.reasons).toEqual([
      'Names share 1 of 2 words',
      'Same postcode (2000), country not given',
    ])
  })

  it('matches a name with accents to the same name without them', () => {
    const [top] = candidatesFor(external('e1', 'Müller GmbH'), [customer('c1', 'Muller')])
    expect(top).toMatchObject({ customerId: 'c1', confidence: 0.8 })
    expect(top?.reasons).toEqual(['Names match once "GmbH" and accents are ignored'])
  })

  it('matches "&" with "and"', () => {
    const [top] = candidatesFor(external('e1', 'Smith & Jones'), [
      customer('c1', 'Smith and Jones'),
    ])
    expect(top?.reasons).toEqual(['Names match once "&"/"and" is ignored'])
  })

  it('caps the confidence well below high when the tenant ids differ, and says so', () => {
    const [top] = candidatesFor(
      external('e1', 'Contoso Ltd', { tenantId: TENANT_A, domain: 'contoso.com' }),
      [customer('c1', 'Contoso Ltd', { tenantId: TENANT_B, domain: 'contoso.com' })],
    )
    expect(top).toMatchObject({ confidence: 0.5, high: false })
    expect(top?.reasons).toContain(
      'Different Microsoft tenant ids, so probably not the same customer',
    )
  })

  it('caps the confidence well below high when the tax ids differ, and says so', () => {
    const [top] = candidatesFor(external('e1', 'Contoso', { taxId: '51 824 753 556' }), [
      customer('c1', 'Contoso', { taxId: '31 234 568 695' }),
    ])
    expect(top).toMatchObject({ confidence: 0.5, high: false })
    expect(top?.reasons).toContain('Different tax ids, so probably not the same customer')
  })

  it('suggests no one on a shared postcode alone', () => {
    const suggestions = suggestMappings(
      'conn-1',
      [external('e1', 'Fabrikam', { address: { postcode: '2000' } })],
      registerOf([customer('c1', 'Contoso', { mainSite: { postcode: '2000' } })]),
    )
    expect(suggestions).toEqual([])
  })

  it('suggests no one for a single shared word among four or more', () => {
    const ext = external('e1', 'Blue Mountains Dental Care')
    expect(candidatesFor(ext, [customer('c1', 'Blue Sky')])).toEqual([])
  })

  it('skips distributor customers this connection has already mapped', () => {
    const mapping: Mapping = {
      connectionId: 'conn-1',
      externalCustomerId: 'e1',
      externalName: 'Contoso',
      customerId: 'c1',
      origin: 'manual',
    }
    const customers = [customer('c1', 'Contoso'), customer('c2', 'Contoso Ltd')]
    const externals = [external('e1', 'Contoso')]
    expect(suggestMappings('conn-1', externals, registerOf(customers, [mapping]))).toEqual([])
    // A mapping of another connection says nothing about this one.
    const other = { ...mapping, connectionId: 'conn-2' }
    expect(suggestMappings('conn-1', externals, registerOf(customers, [other]))).toHaveLength(1)
  })

  it('still suggests for deleted distributor customers and inactive register customers', () => {
    const [top] = candidatesFor(external('e1', 'Contoso', { status: 'deleted' }), [
      customer('c1', 'Contoso', { inactive: true }),
    ])
    expect(top).toMatchObject({ customerId: 'c1', confidence: 0.8 })
  })

  it('ranks candidates by confidence, then id when the evidence is alike, and keeps the best three', () => {
    const ext = external('e1', 'Contoso Ltd', { domain: 'contoso.com' })
    const customers = [
      customer('c5', 'Contoso Holdings'),
      customer('c4', 'Contoso', { inactive: true }),
      customer('c3', 'Contoso'),
      customer('c2', 'Contoso Pty Ltd', { domain: 'contoso.com' }),
      customer('c1', 'Contoso Group'),
    ]
    const ranked = candidatesFor(ext, customers)
    expect(ranked.map((c) => [c.customerId, c.confidence])).toEqual([
      ['c2', 0.92],
      ['c3', 0.8],
      ['c4', 0.8],
    ])
    // "Contoso" is on every register name here, so it weighs too little to suggest c1 and c5.
    const all = suggestMappings('conn-1', [ext], registerOf(customers), { limit: 10 })
    expect(all[0]?.candidates.map((c) => c.customerId)).toEqual(['c2', 'c3', 'c4'])
  })

  it('refuses a limit below one', () => {
    expect(() => suggestMappings('conn-1', [], registerOf([]), { limit: 0 })).toThrow(
      /limit must be a whole number of at least 1/,
    )
  })

  it('keeps the order of the distributor listing and gives the same answer for the same data', () => {
    const customers = [
      customer('c1', 'Contoso', { tenantId: TENANT_A }),
      customer('c2', 'Fabrikam Pty Ltd'),
      customer('c3', 'Fabrikam'),
    ]
    const externals = [
      external('e2', 'Fabrikam Limited'),
      external('e9', 'Woodgrove'),
      external('e1', 'Contoso Inc', { tenantId: TENANT_A }),
    ]
    const first = suggestMappings('conn-1', externals, registerOf(customers))
    const reversed = suggestMappings('conn-1', externals, registerOf([...customers].reverse()))
    expect(first.map((s) => s.externalId)).toEqual(['e2', 'e1'])
    expect(reversed).toEqual(first)
    expect(first[0]?.externalName).toBe('Fabrikam Limited')
  })

  it('suggests once for a distributor customer listed twice', () => {
    const externals = [external('e1', 'Contoso'), external('e1', 'Contoso')]
    const suggestions = suggestMappings(
      'conn-1',
      externals,
      registerOf([customer('c1', 'Contoso')]),
    )
    expect(suggestions).toHaveLength(1)
  })
})
