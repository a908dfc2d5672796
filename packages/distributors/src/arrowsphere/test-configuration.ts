import type { TestResult } from '../adapter'
import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { ARROWSPHERE_LABEL } from './label'
import { CustomersPageSchema, WhoAmIResponseSchema } from './schemas'

/**
 * GET /whoami proves the key (nodejs WHOAMI.md); one customer page of size 1 proves the key's user
 * may read customers, which is what every import needs, and tells how many there are.
 */
export async function testArrowSphereConfiguration(http: DistributorHttp): Promise<TestResult> {
  const where = (call: string) => ({
    distributor: http.distributor,
    label: ARROWSPHERE_LABEL,
    call,
  })
  const whoamiCall = 'GET /whoami'
  const whoami = parseResponse(
    WhoAmIResponseSchema,
    await http.json({ call: whoamiCall, method: 'GET', path: '/whoami' }),
    where(whoamiCall),
  ).data
  const customersCall = 'GET /customers (page 1)'
  const customers = parseResponse(
    CustomersPageSchema,
    await http.json({
      call: customersCall,
      method: 'GET',
      path: '/customers',
      query: { per_page: 1, page: 1 },
    }),
    where(customersCall),
  )
  const count = customers.pagination.total ?? customers.pagination.total_page
  const reference = whoami.reference?.trim()
  return {
    ok: true,
    message:
      `Connected to ArrowSphere as ${whoami.companyName}${reference ? ` (${reference})` : ''}. ` +
      `${count} customer${count === 1 ? '' : 's'} visible to this API key.`,
    details: {
      companyName: whoami.companyName,
      ...(reference ? { reference } : {}),
      ...(whoami.preferredCurrency ? { currency: whoami.preferredCurrency } : {}),
      customers: String(count),
    },
  }
}
