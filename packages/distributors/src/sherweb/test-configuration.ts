import type { TestResult } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { fetchSherwebCustomers } from './list-customers'

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * The cheapest proof the credentials work: the token exchange (made by the client before the call)
 * and the customer list, Sherweb's only unpaged read [C]. A customer's `path` starts with the
 * service provider's own name [C], which tells the user which account the keys belong to.
 */
export async function testSherwebConfiguration(http: DistributorHttp): Promise<TestResult> {
  const { customers } = await fetchSherwebCustomers(http)
  const provider = customers.find((customer) => customer.path && customer.path.length > 1)
    ?.path?.[0]
  const suspended = customers.filter((customer) => customer.suspendedOn).length
  const account = provider ? ` as ${provider}` : ''
  const counted =
    customers.length === 0
      ? 'no customers yet'
      : `${plural(customers.length, 'customer')}${suspended > 0 ? ` (${suspended} suspended)` : ''}`
  return {
    ok: true,
    message: `Connected to Sherweb${account}: ${counted}.`,
    details: {
      customers: String(customers.length),
      suspended: String(suspended),
      ...(provider ? { serviceProvider: provider } : {}),
    },
  }
}
