import type { TestResult } from '../adapter'
import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { CRAYON_ID, CRAYON_LABEL, CUSTOMERS_CALL, CUSTOMERS_PATH } from './calls'
import { organizationQuery } from './list-customers'
import { crayonPageSchema, CrayonTenantSchema } from './schemas'

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * The cheapest proof the credentials work: the token exchange (made by the client before the call)
 * and one customer tenant, whose page says how many there are (`totalHits`) and which
 * organization they belong to.
 */
export async function testCrayonConfiguration(http: DistributorHttp): Promise<TestResult> {
  const call = `${CUSTOMERS_CALL} (page 1)`
  const body = await http.json({
    call,
    method: 'GET',
    path: CUSTOMERS_PATH,
    query: { ...organizationQuery(http), page: 1, pageSize: 1 },
  })
  const page = parseResponse(crayonPageSchema(CrayonTenantSchema), body, {
    distributor: CRAYON_ID,
    label: CRAYON_LABEL,
    call,
  })
  const organization = page.items[0]?.organization?.name?.trim()
  const count = page.totalHits
  const counted =
    count === undefined
      ? 'customer tenants can be read'
      : count === 0
        ? 'no customer tenants yet'
        : plural(count, 'customer tenant')
  return {
    ok: true,
    message: `Connected to Crayon${organization ? ` (${organization})` : ''}: ${counted}.`,
    details: {
      ...(count !== undefined ? { customerTenants: String(count) } : {}),
      ...(organization ? { organization } : {}),
    },
  }
}
