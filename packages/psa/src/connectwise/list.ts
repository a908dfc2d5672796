import type { ExternalBillingLine } from '@seatkeeper/core'
import type { DistributorHttp, Listing } from '@seatkeeper/distributors'
import * as v from 'valibot'
import type { PsaCompany } from '../adapter'
import { ADDITIONS_CALL, AGREEMENTS_CALL, COMPANIES_CALL } from './calls'
import { cwApiRoot } from './codebase'
import { cwAgreementPeriod, normaliseCwAddition, normaliseCwCompany } from './normalise'
import { readAllCwPages } from './read-pages'
import { CwAdditionSchema, CwAgreementSchema, CwCompanySchema } from './schemas'

export const todayUtc = (now = Date.now()) => new Date(now).toISOString().slice(0, 10)

/** Every company that is a customer, recycle-bin ones as deleted. */
export async function listCwCompanies(http: DistributorHttp): Promise<Listing<PsaCompany>> {
  const root = await cwApiRoot(http)
  const rows = await readAllCwPages(http, {
    path: `${root}/company/companies`,
    call: COMPANIES_CALL,
    schema: v.array(CwCompanySchema),
  })
  const items = rows.map(normaliseCwCompany).filter((c): c is PsaCompany => c !== undefined)
  return { items, complete: true, problems: [] }
}

/**
 * The additions of every active agreement (`conditions=agreementStatus="Active"`, strings in
 * double quotes [C]), or of one company's. An agreement on the "None" cycle bills nothing by
 * cycle and is skipped; one whose cycle is unknown is named and makes the listing incomplete.
 */
export async function listCwBillingLines(
  http: DistributorHttp,
  companyExternalId?: string,
): Promise<Listing<ExternalBillingLine>> {
  const root = await cwApiRoot(http)
  const conditions = `agreementStatus="Active"${companyExternalId ? ` and company/id=${Number(companyExternalId)}` : ''}`
  const agreements = await readAllCwPages(http, {
    path: `${root}/finance/agreements`,
    call: AGREEMENTS_CALL,
    schema: v.array(CwAgreementSchema),
    query: { conditions },
  })
  const today = todayUtc()
  const items: ExternalBillingLine[] = []
  const problems: string[] = []
  for (const agreement of agreements) {
    const period = cwAgreementPeriod(agreement)
    if (!period.ok) {
      problems.push(period.problem)
      continue
    }
    if (period.value === 'none') continue
    const additions = await readAllCwPages(http, {
      path: `${root}/finance/agreements/${agreement.id}/additions`,
      call: ADDITIONS_CALL,
      schema: v.array(CwAdditionSchema),
    })
    for (const addition of additions) {
      const read = normaliseCwAddition(agreement, period.value, addition, root, today)
      if (read.ok) items.push(read.value)
      else problems.push(read.problem)
    }
  }
  return { items, complete: problems.length === 0, problems }
}
