import { DistributorError } from '../errors'
import type { DistributorHttp } from '../http/types'
import { callOperation } from './call-operation'
import { ALSO_ID, ALSO_LABEL } from './label'
import { ALSO_OPERATIONS } from './operations'
import { AlsoCompaniesSchema, AlsoCompanySchema, type AlsoCompany } from './schemas'

// One reseller lookup per client (one connection, one run): listing customers and then all
// subscriptions needs it twice.
const resellers = new WeakMap<DistributorHttp, Promise<AlsoCompany>>()

/** The reseller account id the user entered on the connection, when it did. */
function enteredAccountId(http: DistributorHttp): number | undefined {
  const raw = http.config?.accountId?.trim()
  if (!raw) return undefined
  if (!/^\d+$/.test(raw)) {
    throw new DistributorError({
      kind: 'request',
      distributor: ALSO_ID,
      call: 'POST GetCompany',
      field: 'config.accountId',
      message: `The reseller account id "${raw.slice(0, 20)}" on this ${ALSO_LABEL} connection is not a number. Edit the connection and enter your company's numeric AccountId, or leave it empty.`,
    })
  }
  return Number(raw)
}

/**
 * The reseller company the logged-in user belongs to. GetCompanies needs the reseller's own
 * account id as parentAccountId [C], and no documented call returns it from the session: GetCompany
 * without an accountId is read as "the session's own company" [I]. For accounts where it does not
 * answer that way, the connection takes the id (community scripts keep it as a setting too).
 */
export function readResellerCompany(http: DistributorHttp): Promise<AlsoCompany> {
  let reseller = resellers.get(http)
  if (!reseller) {
    const accountId = enteredAccountId(http)
    reseller = callOperation(
      http,
      ALSO_OPERATIONS.getCompany,
      accountId === undefined ? {} : { accountId },
      AlsoCompanySchema,
    )
    // A failed lookup is not remembered: the next listing tries again.
    reseller.catch(() => resellers.delete(http))
    resellers.set(http, reseller)
  }
  return reseller
}

/** Every end-customer company under the reseller: one call, no paging [C]. */
export async function listCompanies(
  http: DistributorHttp,
): Promise<{ reseller: AlsoCompany; companies: AlsoCompany[] }> {
  const reseller = await readResellerCompany(http)
  const companies = await callOperation(
    http,
    ALSO_OPERATIONS.getCompanies,
    { parentAccountId: Number(reseller.AccountId) },
    AlsoCompaniesSchema,
  )
  return { reseller, companies }
}
