import { describe, expect, it } from 'vitest'
import type { ExternalCustomer } from '../model/external'
import type { Customer, Register } from '../model/register'
import { suggestMappings } from './suggest-mappings'

// The rules of "mapping suggestions that never lie", one test each, on made-up companies.
const TENANT_A = '3f2504e0-4f89-11d3-9a0c-0305e82c3301'

function customer(id: string, name: string, extra: Partial<Customer> = {}): Customer {
  return { id, name, inactive: false, version: 1, ...extra }
}

function external(name: string, extra: Partial<ExternalCustomer> = {}): ExternalCustomer {
  return { externalId: 'e1', name, status: 'active', ...extra }
}

const registerOf = (customers: Customer[]): Register => ({
  version: 1,
  topLevels: [],
  customers,
  subscriptions: [],
  mappings: [],
  billingLines: [],
  dismissals: [],
})

const candidatesFor = (ext: ExternalCustomer, customers: Customer[]) =>
  suggestMappings('conn-1', [ext], registerOf(customers))[0]?.candidates ?? []

describe('suggestMappings: shared evidence', () => {
  it('shows every register customer on a shared tenant, none high, and says it is shared', () => {
    const candidates = candidatesFor(external('Quillon Group', { tenantId: TENANT_A }), [
      customer('c1', 'Quillon Retail Pty Ltd', { tenantId: TENANT_A }),
      customer('c2', 'Quillon Holdings Pty Ltd', { tenantId: TENANT_A }),
    ])
    expect(candidates.map((c) => c.customerId).sort()).toEqual(['c1', 'c2'])
    expect(candidates.every((c) => !c.high)).toBe(true)
    expect(candidates[0]?.reasons).toContain(
      'Same Microsoft tenant id, shared by 2 register customers',
    )
  })
})

describe('suggestMappings: contradictions across kinds', () => {
  it('rates no one high when the tenant points at one customer and the tax id at another', () => {
    const candidates = candidatesFor(
      external('Marfen Dental', { tenantId: TENANT_A, taxId: '51 824 753 556' }),
      [
        customer('c1', 'Marfen Dental Pty Ltd', { tenantId: TENANT_A }),
        customer('c2', 'Tholis Medical Pty Ltd', { taxId: '51824753556' }),
      ],
    )
    expect(candidates.some((c) => c.high)).toBe(false)
    const marfen = candidates.find((c) => c.customerId === 'c1')
    expect(marfen?.reasons).toContain(
      'But the tax id points at another register customer, Tholis Medical Pty Ltd',
    )
  })

  it('never gives one distributor customer two high candidates', () => {
    const site = { postcode: '3011', country: 'NL' }
    const candidates = candidatesFor(
      external('Velgro Logistics BV', { domain: 'velgro.nl', address: site }),
      [
        customer('c1', 'Velgro Logistics B.V.', { domain: 'velgro.nl', mainSite: site }),
        customer('c2', 'Velgro Logistics', { domain: 'velgro.nl', mainSite: site }),
      ],
    )
    expect(candidates).toHaveLength(2)
    expect(candidates.filter((c) => c.high)).toHaveLength(0)
    expect(candidates[0]?.reasons.at(-1)).toMatch(/^Another register customer matches as strongly/)
  })
})

describe('suggestMappings: country and address', () => {
  it('does not count a postcode across countries, and a known other country speaks against', () => {
    const [top] = candidatesFor(
      external('Summit Physiotherapy Limited', { address: { postcode: '6011', country: 'NZ' } }),
      [
        customer('c1', 'Summit Physiotherapy Pty Ltd', {
          mainSite: { postcode: '6011', country: 'AU' },
        }),
      ],
    )
    expect(top?.high).toBe(false)
    expect(top?.confidence).toBeLessThanOrEqual(0.6)
    expect(top?.reasons).toContain('Different countries (NZ and AU)')
  })

  it('lowers a same-name match at a different address below high (a franchisee elsewhere)', () => {
    const [top] = candidatesFor(
      external("Ardor's Mowing Pty Ltd", {
        domain: 'info@ardorsmowing.com.au',
        address: { postcode: '4051', country: 'AU' },
      }),
      [
        customer('c1', "Ardor's Mowing Pty Ltd", {
          domain: 'ardorsmowing.com.au',
          mainSite: { postcode: '6011', country: 'AU' },
        }),
      ],
    )
    expect(top?.high).toBe(false)
    expect(top?.reasons).toContain(
      'Different postcodes (4051 and 6011), so perhaps another site or company',
    )
  })
})

describe('suggestMappings: identifiers per scheme', () => {
  it('matches a VAT number with its country prefix to the same number without it', () => {
    const [top] = candidatesFor(external('Rulis Conseil', { taxId: 'FR24441199460' }), [
      customer('c1', 'Cabinet Ténor', { taxId: '24441199460' }),
    ])
    expect(top).toMatchObject({ customerId: 'c1', high: true, reasons: ['Same tax id'] })
  })

  it('takes a Swiss UID with its MWST suffix as the same id, and a mistyped ABN as none', () => {
    const [uid] = candidatesFor(external('Zendor AG', { taxId: 'CHE-568.416.238 MWST' }), [
      customer('c1', 'Zendor Holding', { taxId: 'CHE568416238' }),
    ])
    expect(uid?.reasons).toContain('Same tax id')
    const mistyped = candidatesFor(external('Kalomi Pty Ltd', { taxId: 'ABN 22 851 425 148' }), [
      customer('c1', 'Fenpel Pty Ltd', { taxId: '22851425149' }),
    ])
    expect(mistyped).toEqual([])
  })
})

describe('suggestMappings: free-mail and ISP domains', () => {
  it('never counts an ISP mail domain two unrelated customers share as evidence', () => {
    for (const isp of [
      'shaw.ca',
      't-online.de',
      'btinternet.com',
      'orange.fr',
      'ziggo.nl',
      'bluewin.ch',
    ]) {
      const candidates = candidatesFor(external('Torvane Bakery', { domain: `info@${isp}` }), [
        customer('c1', 'Lisqua Joinery', { domain: `office@${isp}` }),
      ])
      expect(candidates).toEqual([])
    }
  })
})

describe('suggestMappings: names as people write them', () => {
  it('weighs the distinctive word above common trade words, whatever the alphabet says', () => {
    const fillers = ['Kalo', 'Mirus', 'Vetan', 'Osgro', 'Pelar'].map((word, i) =>
      customer(`f${i}`, `${word} IT Services`),
    )
    const [top] = candidatesFor(external('Zorbin IT Services'), [
      customer('c1', 'Aardel IT Services'),
      customer('c2', 'Zorbin IT'),
      ...fillers,
    ])
    expect(top?.customerId).toBe('c2')
  })

  it('reads abbreviations and number words as the words they stand for', () => {
    const [mount] = candidatesFor(external('Mt Eden Intl Dental'), [
      customer('c1', 'Mount Eden International Dental'),
    ])
    expect(mount).toMatchObject({ confidence: 0.8 })
    expect(mount?.reasons[0]).toMatch(/abbreviations and number words/)
    const [three] = candidatesFor(external('3 Rivers Plumbing'), [
      customer('c1', 'Three Rivers Plumbing'),
    ])
    expect(three?.confidence).toBe(0.8)
  })

  it('matches joined and split words', () => {
    const [top] = candidatesFor(external('BlueSky Consulting'), [
      customer('c1', 'Blue Sky Consulting Ltd'),
    ])
    expect(top).toMatchObject({ customerId: 'c1', confidence: 0.8 })
  })

  it('counts a word written as two neighbouring words as one shared word', () => {
    const [top] = candidatesFor(external('BlueSky Consulting Group'), [
      customer('c1', 'Blue Sky Consulting'),
    ])
    expect(top?.reasons).toEqual(['Names share 2 of 3 words'])
  })

  it('tolerates one typo on a long word, not on a short one', () => {
    const [long] = candidatesFor(external('Quilonar Bakery'), [customer('c1', 'Quillonar Bakery')])
    expect(long).toMatchObject({
      confidence: 0.7,
      reasons: ['Names match but for a one-letter typo'],
    })
    const [short] = candidatesFor(external('Brandt Bakery'), [customer('c1', 'Brand Bakery')])
    expect(short?.confidence ?? 0).toBeLessThan(0.5)
    expect(short?.reasons ?? []).not.toContain('Names match but for a one-letter typo')
  })

  it('folds German umlaut spellings, ß, ø and æ', () => {
    const pairs: Array<[string, string]> = [
      ['Gößmann Bäckerei', 'Goessmann Baeckerei'],
      ['Müller Sohn', 'Muller Sohn'],
      ['Søren Haus', 'Soren Haus'],
      ['Cæsar Vin', 'Caesar Vin'],
    ]
    for (const [written, registered] of pairs) {
      const [top] = candidatesFor(external(written), [customer('c1', registered)])
      expect(top?.confidence, written).toBe(0.8)
    }
  })
})

describe('suggestMappings: links the account itself keeps (a PSA company linked to distributor customers)', () => {
  const mapped = (customers: Customer[], links: [string, string][]): Register => ({
    ...registerOf(customers),
    mappings: links.map(([externalCustomerId, customerId]) => ({
      connectionId: 'conn-sherweb',
      externalCustomerId,
      externalName: `Sherweb customer ${externalCustomerId}`,
      customerId,
      origin: 'generated' as const,
    })),
  })
  const suggest = (ext: ExternalCustomer, register: Register) =>
    suggestMappings('conn-halo', [ext], register)[0]?.candidates ?? []

  it('makes the one customer its links lead to high, first and said, even with no shared word', () => {
    const register = mapped(
      [customer('c1', 'Northwind Traders'), customer('c2', 'Contoso')],
      [['sw-77', 'c1']],
    )
    const candidates = suggest(external('NWT (billing)', { linkedIds: ['sw-77'] }), register)
    expect(candidates[0]).toMatchObject({ customerId: 'c1', high: true, confidence: 0.99 })
    expect(candidates[0]?.reasons[0]).toBe(
      'NWT (billing) is linked to distributor customer sw-77 (Sherweb customer sw-77), which the register maps to Northwind Traders.',
    )
  })

  it('leaves a name match that its links contradict below high', () => {
    const register = mapped(
      [customer('c1', 'Contoso Pty Ltd'), customer('c2', 'Fabrikam')],
      [['sw-9', 'c2']],
    )
    const candidates = suggest(external('Contoso Pty Ltd', { linkedIds: ['sw-9'] }), register)
    expect(candidates.map((c) => [c.customerId, c.high])).toEqual([
      ['c2', true],
      ['c1', false],
    ])
  })

  it('makes nothing high when its links lead to two customers', () => {
    const register = mapped(
      [customer('c1', 'Alpha'), customer('c2', 'Beta')],
      [
        ['sw-1', 'c1'],
        ['sw-2', 'c2'],
      ],
    )
    const candidates = suggest(
      external('Alpha Beta Group', { linkedIds: ['sw-1', 'sw-2'] }),
      register,
    )
    expect(candidates.map((c) => c.customerId).sort()).toEqual(['c1', 'c2'])
    expect(candidates.every((c) => !c.high)).toBe(true)
    expect(candidates[0]?.reasons).toContain(
      'Its links lead to more than one register customer: check which.',
    )
  })

  it('ignores links to ids no other connection maps, and its own connection’s mappings', () => {
    const register = mapped([customer('c1', 'Gamma')], [['sw-5', 'c1']])
    expect(suggest(external('Delta', { linkedIds: ['sw-404'] }), register)).toEqual([])
    expect(
      suggestMappings(
        'conn-sherweb',
        [external('Delta', { externalId: 'x', linkedIds: ['sw-5'] })],
        register,
      )[0]?.candidates ?? [],
    ).toEqual([])
  })
})
