import type { ExternalBillingLine } from '@seatkeeper/core'
import type { DistributorHttp, Listing } from '@seatkeeper/distributors'
import type { PsaCompany } from '../adapter'
import { CLIENTS_CALL, CLIENTS_PATH, INVOICES_CALL, INVOICES_PATH } from './calls'
import { haloInvoicePeriod, normaliseHaloClient, normaliseHaloLine } from './normalise'
import { readAllHaloPages } from './read-pages'
import {
  HaloClientsPageSchema,
  HaloInvoicesPageSchema,
  type HaloClient,
  type HaloInvoice,
} from './schemas'

/** Every client, inactive ones included (`includeinactive=true` [C]), as PSA companies. */
export async function listHaloCompanies(http: DistributorHttp): Promise<Listing<PsaCompany>> {
  const listing = await readAllHaloPages<HaloClient>(http, {
    path: CLIENTS_PATH,
    call: CLIENTS_CALL,
    key: 'clients',
    schema: HaloClientsPageSchema,
    query: { includeinactive: true },
    noun: 'clients',
  })
  return { ...listing, items: listing.items.map(normaliseHaloClient) }
}

/**
 * Every line of every recurring invoice (`includelines=true`: lists carry lines only when asked
 * [C]), or one client's (`client_id`). An invoice or line Seatkeeper cannot read is named in
 * `problems` and makes the listing incomplete, so its absence is never read as a removal.
 */
export async function listHaloBillingLines(
  http: DistributorHttp,
  companyExternalId?: string,
): Promise<Listing<ExternalBillingLine>> {
  const listing = await readAllHaloPages<HaloInvoice>(http, {
    path: INVOICES_PATH,
    call: INVOICES_CALL,
    key: 'invoices',
    schema: HaloInvoicesPageSchema,
    query: { includelines: true, ...(companyExternalId ? { client_id: companyExternalId } : {}) },
    noun: 'recurring invoices',
  })
  const items: ExternalBillingLine[] = []
  const problems = [...listing.problems]
  for (const invoice of listing.items) {
    const period = haloInvoicePeriod(invoice)
    if (!period.ok) {
      problems.push(period.problem)
      continue
    }
    for (const line of invoice.lines ?? []) {
      const read = normaliseHaloLine(invoice, period.value, line)
      if (read.ok) items.push(read.value)
      else problems.push(read.problem)
    }
  }
  return { items, complete: problems.length === 0, problems }
}
