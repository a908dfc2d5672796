// The one table of product-name aliases billing links are matched with. Sources:
// - Microsoft's own names: learn.microsoft.com/en-us/entra/identity/users/licensing-service-plan-reference
//   ("Microsoft 365 Business Premium", "Office 365 E3", "Exchange Online (Plan 1)").
// - The short forms MSPs type on invoices and PSA lines ("M365 BP", "O365 E3", "EXO P1") [I]: as
//   seen in distributor price lists and PSA product catalogues; extend here, never elsewhere.
const WORD_ALIASES: Readonly<Record<string, string>> = {
  m365: 'microsoft 365',
  ms365: 'microsoft 365',
  o365: 'office 365',
  bp: 'business premium',
  bb: 'business basic',
  bs: 'business standard',
  exo: 'exchange online',
  p1: 'plan 1',
  p2: 'plan 2',
  aad: 'entra id',
}

// Words that say nothing about which product it is: the vendor (kept apart from "office"), the
// commerce programme and the billing words a PSA line adds ("… – monthly licence").
const NOISE = new Set([
  'microsoft',
  'ms',
  'nce',
  'csp',
  'new',
  'commerce',
  'subscription',
  'subscriptions',
  'licence',
  'licences',
  'license',
  'licenses',
  'seat',
  'seats',
  'user',
  'users',
  'per',
  'monthly',
  'annual',
  'yearly',
  'month',
  'year',
  'term',
  'commitment',
  'and',
  'the',
])

/** A product name as its words, aliases expanded and noise dropped: "M365 BP" → 365 business premium. */
export function productWords(name: string): string[] {
  const words: string[] = []
  for (const raw of name
    .toLowerCase()
    .replace(/\(|\)|-|–|,|\/|\+|:/g, ' ')
    .split(/\s+/)) {
    if (!raw) continue
    for (const word of (WORD_ALIASES[raw] ?? raw).split(' ')) if (!NOISE.has(word)) words.push(word)
  }
  return words
}

/** The key two names of the same product share: "Microsoft 365 Business Premium" = "M365 BP". */
export function productKey(name: string): string {
  return productWords(name).join(' ')
}
