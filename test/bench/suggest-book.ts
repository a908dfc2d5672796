import type { Customer, ExternalCustomer, Register } from '@seatkeeper/core'
import { emptyRegister } from '@seatkeeper/core'
import { COUNTRIES, countryIds, ISP, LEGAL, TLD, type Country } from './suggest-book-countries'

/*
 * A generated book with known truth for judging suggestions: ~800 register customers across nine
 * countries and ~470 distributor customers, each of one kind of variation real books have. Every
 * name is made up (syllables + trade words); the same seed gives the same book.
 */

/** The variation a distributor customer was made with; the quality report counts per kind. */
export type BookKind =
  | 'exact name'
  | 'name variant'
  | 'typo'
  | 'tax id format'
  | 'shared tenant'
  | 'conflicting ids'
  | 'other country'
  | 'franchise'
  | 'free-mail domain'
  | 'common-word decoy'
  | 'new customer'

export type BookCase = { external: ExternalCustomer; kind: BookKind; truth: string | null }
export type SuggestBook = { register: Register; cases: BookCase[] }

const TRADES =
  `IT Services Group Medical Dental Consulting Plumbing Legal Logistics Solutions Partners
  Engineering Accounting Electrical Construction Physiotherapy Bakery Systems`.split(/\s+/)
const SYLLABLES = 'ka lo mi ru ve ta no si zen dor bel wick ar tho qua lis mar fen gro pel'.split(
  ' ',
)
// Words whose written variants the name tables know: [as registered, as the distributor writes it].
const VARIANTS: Array<[string, string]> = [
  ['Mount', 'Mt'],
  ['International', 'Intl'],
  ['Services', 'Svcs'],
  ['Three', '3'],
  ['Management', 'Mgmt'],
  ['Brothers', 'Bros'],
  ['Centre', 'Center'],
]

/** mulberry32: a small seeded generator, so the book is the same on every run. */
function seeded(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateSuggestBook(seed = 20): SuggestBook {
  const random = seeded(seed)
  const int = (n: number) => Math.floor(random() * n)
  const pick = <T>(items: readonly T[]) => items[int(items.length)] as T
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('')
  const tenant = () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`
  const usedWords = new Set<string>()
  const word = () => {
    for (;;) {
      const text = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES)
      if (usedWords.has(text)) continue
      usedWords.add(text)
      return text.charAt(0).toUpperCase() + text.slice(1)
    }
  }
  const { postcode, taxIdOf } = countryIds(random)
  const customers: Customer[] = []
  const cases: BookCase[] = []
  let nextId = 0
  const addCustomer = (country: Country, name: string, extra: Partial<Customer> = {}): Customer => {
    const c: Customer = {
      id: `r-${++nextId}`,
      name,
      inactive: false,
      version: 1,
      mainSite: { postcode: postcode(country), country, city: `${word()}ville` },
      ...extra,
    }
    customers.push(c)
    return c
  }
  let nextExternal = 0
  const addCase = (
    kind: BookKind,
    truth: Customer | null,
    e: Omit<ExternalCustomer, 'externalId' | 'status'>,
  ) =>
    cases.push({
      kind,
      truth: truth?.id ?? null,
      external: { externalId: `d-${++nextExternal}`, status: 'active', ...e },
    })
  const sameSite = (c: Customer) => ({ ...c.mainSite })
  const legal = (country: Country) => pick(LEGAL[country])

  // The bulk of the register: one distinctive word, often a trade word, a legal form.
  const plain: Array<{
    c: Customer
    country: Country
    core: string
    tax: { registered: string; written: string }
  }> = []
  for (let i = 0; i < 560; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] as Country
    const core = random() < 0.7 ? `${word()} ${pick(TRADES)}` : `${word()} ${word()}`
    const tax = taxIdOf(country)
    const c = addCustomer(country, `${core} ${legal(country)}`, {
      ...(random() < 0.5 ? { taxId: tax.registered } : {}),
      ...(random() < 0.4 ? { tenantId: tenant() } : {}),
      ...(random() < 0.6 ? { domain: `${core.split(' ')[0]?.toLowerCase()}.${TLD[country]}` } : {}),
    })
    plain.push({ c, country, core, tax })
  }

  for (const [i, { c, country, core, tax }] of plain.entries()) {
    if (i >= 250) break
    const site = sameSite(c)
    switch (i % 5) {
      case 0: // the same name, the legal form written another way, with the same site
        addCase('exact name', c, {
          name: `${core} ${legal(country)}`,
          address: site,
          ...(c.domain ? { domain: `billing@${c.domain}` } : {}),
        })
        break
      case 1: // a tax id written with or without its prefix, under another trading name
        if (c.taxId)
          addCase('tax id format', c, {
            name: `${word()} Trading`,
            taxId: tax.written,
            address: { country },
          })
        else
          addCase('exact name', c, {
            name: core.toUpperCase(),
            address: site,
            tenantId: c.tenantId,
          })
        break
      case 2: {
        // a typo on the distinctive word
        const [first, ...rest] = core.split(' ')
        const typo = (first as string).slice(0, 3) + (first as string).slice(4)
        addCase('typo', c, { name: `${typo} ${rest.join(' ')} ${legal(country)}`, address: site })
        break
      }
      case 3: // a sister company in another country under the same name, not in the register
        addCase('other country', null, {
          name: `${core} ${legal(country === 'AU' ? 'NZ' : 'AU')}`,
          address: { postcode: c.mainSite?.postcode, country: country === 'AU' ? 'NZ' : 'AU' },
        })
        break
      default: // a new customer sharing only the common trade word, in the same postcode
        addCase('common-word decoy', null, {
          name: `${word()} ${core.split(' ')[1]}`,
          address: site,
        })
    }
  }

  // Name variants: abbreviations, number words, joined words, umlauts.
  for (let i = 0; i < 60; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] as Country
    const distinct = word()
    const [long, short] = pick(VARIANTS)
    const style = i % 4
    const registered =
      style === 0
        ? `${long} ${distinct} ${pick(TRADES)}`
        : style === 1
          ? `${distinct} Sky ${pick(TRADES)}`
          : style === 2
            ? `Müller ${distinct}`
            : `${distinct} ${long}`
    const c = addCustomer(country, `${registered} ${legal(country)}`)
    const written =
      style === 0
        ? registered.replace(long, short)
        : style === 1
          ? registered.replace(' Sky', 'sky')
          : style === 2
            ? registered.replace('Müller', 'Mueller')
            : registered.replace(long, short)
    addCase('name variant', c, { name: `${written} ${legal(country)}`, address: sameSite(c) })
    // A decoy that shares the common words and sorts first in the alphabet.
    addCustomer(
      country,
      `Aa${distinct.toLowerCase()} ${registered.split(' ').slice(-1)[0]} ${legal(country)}`,
    )
  }

  // Two subsidiaries of one group on one tenant.
  for (let i = 0; i < 30; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] as Country
    const group = word()
    const shared = tenant()
    const retail = addCustomer(country, `${group} Retail ${legal(country)}`, { tenantId: shared })
    const holdings = addCustomer(country, `${group} Holdings ${legal(country)}`, {
      tenantId: shared,
    })
    const truth = i % 2 === 0 ? retail : holdings
    addCase('shared tenant', truth, {
      name: i % 4 < 2 ? truth.name : `${group} Group`,
      tenantId: shared,
      address: { country },
    })
  }

  // The tenant says one customer, the tax id another.
  for (let i = 0; i < 30; i++) {
    const a = plain[300 + i]?.c as Customer
    const b = plain[390 + i]?.c as Customer // 90 on: the same country as a
    const country = a.mainSite?.country as Country
    const taxB = taxIdOf(country)
    b.taxId = taxB.registered
    a.tenantId = a.tenantId ?? tenant()
    addCase('conflicting ids', a, {
      name: a.name,
      tenantId: a.tenantId,
      taxId: taxB.written,
      address: sameSite(a),
    })
  }

  // A franchise: the franchisor and franchisees on one domain; a franchisee elsewhere, not registered.
  for (let i = 0; i < 20; i++) {
    const country = (['AU', 'NZ', 'US', 'CA', 'GB'] as Country[])[i % 5] as Country
    const brand = `${word()}'s ${pick(['Mowing', 'Cleaning', 'Plumbing'])}`
    const domain = `${brand.split("'")[0]?.toLowerCase()}.${TLD[country]}`
    addCustomer(country, `${brand} ${legal(country)}`, { domain })
    const franchisee = addCustomer(country, `${brand} ${legal(country)}`, { domain })
    addCase('franchise', i % 2 === 0 ? franchisee : null, {
      name: `${brand} ${legal(country)}`,
      domain: `info@${domain}`,
      address: i % 2 === 0 ? sameSite(franchisee) : { postcode: postcode(country), country },
    })
  }

  // Unrelated customers writing from the same ISP, sharing a trade word.
  for (let i = 0; i < 40; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] as Country
    const trade = pick(TRADES)
    const c = addCustomer(country, `${word()} ${trade}`, { domain: `office@${ISP[country]}` })
    const truthName = word()
    const truth = addCustomer(country, `${truthName} ${trade} ${legal(country)}`)
    addCase('free-mail domain', truth, {
      name: `${truthName} ${trade}`,
      domain: `${truthName.toLowerCase()}@${ISP[country]}`,
      address: sameSite(truth),
    })
    void c
  }

  // New customers: no true match anywhere.
  for (let i = 0; i < 50; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] as Country
    addCase('new customer', null, {
      name: `${word()} ${pick(TRADES)} ${legal(country)}`,
      address: { postcode: postcode(country), country },
    })
  }

  return { register: { ...emptyRegister(), customers }, cases }
}
