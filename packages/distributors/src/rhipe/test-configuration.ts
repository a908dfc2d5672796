import type { TestResult } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { fetchRhipeCustomers, isEndCustomer } from './fetch-customers'

/**
 * The cheapest proof the credentials work: the token exchange (made by the client) plus the
 * customers list, whose size tells the user they reached the right PRISM account.
 */
export async function testRhipeConfiguration(http: DistributorHttp): Promise<TestResult> {
  const customers = (await fetchRhipeCustomers(http)).filter(isEndCustomer)
  const active = customers.filter((c) => c.IsActive !== false).length
  const noun = customers.length === 1 ? 'customer' : 'customers'
  return {
    ok: true,
    message: `Connected to Rhipe PRISM: ${customers.length} ${noun} (${active} active, ${customers.length - active} deactivated).`,
    details: { customers: String(customers.length), activeCustomers: String(active) },
  }
}
