import type { TestResult } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { fetchTenants } from './list-customers'

/**
 * The cheapest proof the credentials work: the access key exchange (made by the client before the
 * call) plus one GetTenant, which also says how many customers the account holds.
 */
export async function testDickerDataConfiguration(http: DistributorHttp): Promise<TestResult> {
  const tenants = await fetchTenants(http)
  const withTenant = tenants.filter((t) => t.TenantId?.trim()).length
  const without = tenants.length - withTenant
  const accounts = [...new Set(tenants.map((t) => t.AccountCode?.trim()).filter(Boolean))]
  const account = accounts.length === 1 ? ` (account ${accounts[0]})` : ''
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const note =
    without > 0 ? `; ${plural(without, 'customer')} without a CSP tenant cannot be imported` : ''
  return {
    ok: true,
    message: `Connected to Dicker Data${account}: ${plural(withTenant, 'customer')} with a CSP tenant${note}.`,
    details: {
      customersWithTenant: String(withTenant),
      customersWithoutTenant: String(without),
      ...(accounts.length === 1 && accounts[0] ? { accountCode: accounts[0] } : {}),
    },
  }
}
