import type { ExternalBillingLine } from '@seatkeeper/core'
import type { DistributorHttp, Listing } from '@seatkeeper/distributors'
import type { PsaCompany } from '../adapter'
import {
  CLIENTS_CALL,
  CLIENTS_PATH,
  INVOICES_CALL,
  INVOICES_PATH,
  LICENCE_PATH,
  LICENCES_CALL,
} from './calls'
import { haloInvoicePeriod, normaliseHaloClient, normaliseHaloLine } from './normalise'
import { readAllHaloPages } from './read-pages'
import {
  HaloClientsPageSchema,
  HaloInvoicesPageSchema,
  HaloLicencesPageSchema,
  type HaloClient,
  type HaloInvoice,
  type HaloLicence,
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
 * [C]), or one client's (`client_id`). A licence-linked line bills what its licences count
 * (`GET /api/SoftwareLicence`), read with it: Halo sets the line's `qty_order` from the counts
 * only when it next creates the invoice [C], so the count is what the PSA will invoice. An
 * invoice or line Seatkeeper cannot read is named in `problems` and makes the listing incomplete,
 * so its absence is never read as a removal.
 */
export async function listHaloBillingLines(
  http: DistributorHttp,
  companyExternalId?: string,
): Promise<Listing<ExternalBillingLine>> {
  const client: Record<string, string> = companyExternalId ? { client_id: companyExternalId } : {}
  const listing = await readAllHaloPages<HaloInvoice>(http, {
    path: INVOICES_PATH,
    call: INVOICES_CALL,
    key: 'invoices',
    schema: HaloInvoicesPageSchema,
    query: { includelines: true, ...client },
    noun: 'recurring invoices',
  })
  const linked = listing.items.some((invoice) =>
    (invoice.lines ?? []).some((line) => line.recurring_invoice_quantity_type === 1),
  )
  // Only asked when a line follows licences: Halo's 300 requests per 5 minutes are shared.
  const licences = linked
    ? await readAllHaloPages<HaloLicence>(http, {
        path: LICENCE_PATH,
        call: LICENCES_CALL,
        key: 'licences',
        schema: HaloLicencesPageSchema,
        query: client,
        noun: 'software licences',
      })
    : { items: [], complete: true, problems: [] }
  const counts = new Map(licences.items.map((l) => [l.id, l.deleted === true ? 0 : l.count]))
  const items: ExternalBillingLine[] = []
  const problems = [...listing.problems, ...licences.problems]
  for (const invoice of listing.items) {
    const period = haloInvoicePeriod(invoice)
    if (!period.ok) {
      problems.push(period.problem)
      continue
    }
    for (const line of invoice.lines ?? []) {
      const read = normaliseHaloLine(invoice, period.value, line, counts)
      if (read.ok) items.push(read.value)
      else problems.push(read.problem)
    }
  }
  return { items, complete: problems.length === 0, problems }
}
