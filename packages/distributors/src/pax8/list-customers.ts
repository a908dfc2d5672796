import type { ExternalCustomer } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import type { DistributorHttp } from '../http/types'
import { COMPANIES_CALL, COMPANIES_PATH } from './calls'
import { normalisePax8Company } from './normalise-customer'
import { readAllPax8Pages } from './read-pages'
import { Pax8CompaniesPageSchema } from './schemas'

/** Every company of the partner, Deleted ones included (Pax8 lists them by status [C]). */
export async function listPax8Customers(http: DistributorHttp): Promise<Listing<ExternalCustomer>> {
  const listing = await readAllPax8Pages(http, {
    path: COMPANIES_PATH,
    call: COMPANIES_CALL,
    schema: Pax8CompaniesPageSchema,
    noun: 'companies',
  })
  const items: ExternalCustomer[] = []
  const problems = [...listing.problems]
  for (const company of listing.items) {
    const read = normalisePax8Company(company)
    if (read.ok) items.push(read.value)
    else problems.push(read.problem)
  }
  return { items, complete: problems.length === 0, problems }
}
