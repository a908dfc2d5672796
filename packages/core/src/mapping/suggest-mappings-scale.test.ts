import { describe, expect, it } from 'vitest'
import type { ExternalCustomer } from '../model/external'
import type { Customer, Register } from '../model/register'
import { suggestMappings } from './suggest-mappings'

/*
 * A register and a distributor listing shaped like real ones: each name is one distinctive word
 * plus a trade word thousands of companies share ("Services", "Plumbing") and a legal form.
 */
const SYLLABLES =
  'ka lo mi ru ve ta no si zen dor bel wick ar tho qua lis mar fen gro pel vin os tri ul'.split(' ')
const TRADES = `Services Holdings Group Consulting Plumbing Legal Dental Logistics Freight Solutions
  Partners Engineering Accounting Medical Electrical Construction Retail Foods Systems Technologies`.split(
  /\s+/,
)
const LEGAL_FORMS = ['Pty Ltd', 'Pty. Ltd.', 'Ltd', 'Limited', 'Inc', 'LLC', 'GmbH', 'B.V.', '']

/** mulberry32: a small seeded generator, so the data set is the same on every run. */
function seeded(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function world(size: number) {
  const random = seeded(20_000)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
  const word = () => {
    const text = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES)
    return text.charAt(0).toUpperCase() + text.slice(1)
  }
  const hex = (length: number) =>
    Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')
  const tenant = () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`
  const postcode = () => String(2000 + Math.floor(random() * 1000))

  const customers: Customer[] = []
  const stems: string[] = []
  for (let i = 0; i < size; i++) {
    const stem = `${word()} ${pick(TRADES)}`
    stems.push(stem)
    const customer: Customer = {
      id: `c${i}`,
      name: `${stem} ${pick(LEGAL_FORMS)}`.trim(),
      mainSite: { postcode: postcode() },
      inactive: false,
      version: 1,
    }
    if (random() < 0.3) customer.tenantId = tenant()
    if (random() < 0.4) customer.domain = `${stem.split(' ')[0]?.toLowerCase()}.com.au`
    customers.push(customer)
  }

  // Half the listing is the register's customers written differently, half are new to it.
  const externals: ExternalCustomer[] = []
  const sameTenant = new Map<string, string>()
  for (let i = 0; i < size; i++) {
    const externalId = `e${i}`
    if (i % 2 === 0) {
      const source = customers[Math.floor(random() * customers.length)] as Customer
      const stem = stems[Number(source.id.slice(1))] as string
      const ext: ExternalCustomer = {
        externalId,
        name: `${stem.toUpperCase()} ${pick(LEGAL_FORMS)}`,
        status: 'active',
        address: { postcode: source.mainSite?.postcode },
      }
      if (source.tenantId) {
        ext.tenantId = source.tenantId.toUpperCase()
        sameTenant.set(externalId, source.id)
      }
      externals.push(ext)
    } else {
      const name = `${word()} ${pick(TRADES)} ${pick(LEGAL_FORMS)}`
      externals.push({ externalId, name, status: 'active', address: { postcode: postcode() } })
    }
  }
  const register: Register = {
    version: 1,
    topLevels: [],
    customers,
    subscriptions: [],
    mappings: [],
    billingLines: [],
    dismissals: [],
  }
  return { register, externals, sameTenant }
}

describe('suggestMappings at scale', () => {
  // A count, not a timing: the timeout only keeps a busy machine from failing it.
  it(
    'compares each of 20,000 distributor customers with fewer than 10 register customers',
    { timeout: 30_000 },
    () => {
      const { register, externals, sameTenant } = world(20_000)
      const stats = { pairsScored: 0 }
      const suggestions = suggestMappings('conn-1', externals, register, { stats })

      expect(stats.pairsScored).toBeGreaterThan(0)
      expect(stats.pairsScored / externals.length).toBeLessThan(10)
      // Indexing must not cost the answers: every customer sharing a tenant is still found, first.
      const top = new Map(suggestions.map((s) => [s.externalId, s.candidates[0]]))
      expect(sameTenant.size).toBeGreaterThan(2_000)
      for (const [externalId, customerId] of sameTenant) {
        expect(top.get(externalId)).toMatchObject({ customerId, high: true })
      }
    },
  )
})
