import type { Register } from '@seatkeeper/core'

type Customer = Register['customers'][number]

/**
 * Each customer's name as people should see it: the plain name, or, where two customers share a
 * name, the name with what tells them apart — the city of their main site, their top level, or the
 * distributor that created them — tried in that order, the first that separates them all winning.
 * When nothing does, they are numbered in register order ("Ashford Travel (2)").
 */
export function customerLabels(
  register: Pick<Register, 'customers' | 'topLevels'>,
): Map<string, string> {
  const labels = new Map<string, string>()
  for (const customer of register.customers) labels.set(customer.id, customer.name)
  for (const [id, distinction] of customerDistinctions(register)) {
    labels.set(id, `${labels.get(id)} (${distinction})`)
  }
  return labels
}

/**
 * Only what tells same-named customers apart, by customer id ("Leeds"); customers whose name is
 * their own have no entry. For screens that show it beside a name that must stay the name alone
 * (a link whose text is the customer's name).
 */
export function customerDistinctions(
  register: Pick<Register, 'customers' | 'topLevels'>,
): Map<string, string> {
  const topLevels = new Map(register.topLevels.map((t) => [t.id, t.name]))
  const distinguishers: ((c: Customer) => string | undefined)[] = [
    (c) => c.mainSite?.city || undefined,
    (c) => (c.topLevelId ? topLevels.get(c.topLevelId) : undefined),
    (c) => (c.createdBy ? `from ${c.createdBy.distributor}` : 'added here'),
  ]
  const groups = new Map<string, Customer[]>()
  for (const customer of register.customers) {
    const key = customer.name.trim().toLocaleLowerCase()
    const group = groups.get(key)
    if (group) group.push(customer)
    else groups.set(key, [customer])
  }
  const distinctions = new Map<string, string>()
  for (const group of groups.values()) {
    if (group.length === 1) continue
    const by = distinguishers.find((d) => {
      const seen = group.map(d)
      return seen.every(Boolean) && new Set(seen).size === group.length
    })
    group.forEach((customer, index) => {
      distinctions.set(customer.id, by ? by(customer)! : String(index + 1))
    })
  }
  return distinctions
}
