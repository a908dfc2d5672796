import type { Register } from '@seatkeeper/core'

type Customer = Register['customers'][number]

/**
 * Each customer's name as people should see it: the plain name, or, where two customers share a
 * name, the name with what tells them apart — the city of their main site, their top level, or the
 * distributor that created them — tried in that order, the first that separates them all winning.
 * When nothing does, they are numbered in register order ("Ashford Travel (2)").
 */
export function customerLabels(register: Pick<Register, 'customers' | 'topLevels'>) {
  const topLevels = new Map(register.topLevels.map((t) => [t.id, t.name]))
  const distinguishers: ((c: Customer) => string | undefined)[] = [
    (c) => c.mainSite?.city || undefined,
    (c) => (c.topLevelId ? topLevels.get(c.topLevelId) : undefined),
    (c) => (c.createdBy ? `from ${c.createdBy.distributor}` : 'added here'),
  ]
  const groups = new Map<string, Customer[]>()
  for (const customer of register.customers) {
    const key = customer.name.trim().toLocaleLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), customer])
  }
  const labels = new Map<string, string>()
  for (const group of groups.values()) {
    if (group.length === 1) {
      labels.set(group[0]!.id, group[0]!.name)
      continue
    }
    const by = distinguishers.find((d) => {
      const seen = group.map(d)
      return seen.every(Boolean) && new Set(seen).size === group.length
    })
    group.forEach((customer, index) => {
      labels.set(customer.id, `${customer.name} (${by ? by(customer) : index + 1})`)
    })
  }
  return labels
}
