import type { DistributorHttp } from '../http/types'
import { callOperation } from './call-operation'
import { ALSO_OPERATIONS } from './operations'
import { AlsoCompaniesSchema, AlsoCompanySchema, type AlsoCompany } from './schemas'

// One reseller lookup per client (one connection, one run): listing customers and then all
// subscriptions needs it twice.
const resellers = new WeakMap<DistributorHttp, Promise<AlsoCompany>>()

/**
 * The reseller company the logged-in user belongs to. GetCompanies needs the reseller's own
 * account id as parentAccountId [C], and no documented call returns it from the session: GetCompany
 * without an accountId is read as "the session's own company" [I]. Asking the user for the number
 * is the fallback if a real account disagrees (community scripts keep it as a setting).
 */
export function readResellerCompany(http: DistributorHttp): Promise<AlsoCompany> {
  let reseller = resellers.get(http)
  if (!reseller) {
    reseller = callOperation(http, ALSO_OPERATIONS.getCompany, {}, AlsoCompanySchema)
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
