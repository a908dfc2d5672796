import type { ExternalSubscription } from '@seatkeeper/core'
import type { Listing } from '../adapter'
import { parseResponse } from '../http'
import type { DistributorHttp } from '../http/types'
import { ARROWSPHERE_LABEL } from './label'
import { hasSeats, normaliseSubscription } from './normalise-subscription'
import { PAGE_SIZE, readAllPages } from './read-all-pages'
import { LicensesFindPageSchema } from './schemas'

/**
 * Every licence of the partner, or of one customer: POST /licenses/v2/find, the search the official
 * SDKs use (camelCase pagination). One bulk search covers all customers, so no per-customer fan-out.
 */
export async function listArrowSphereSubscriptions(
  http: DistributorHttp,
  customerExternalId?: string,
): Promise<Listing<ExternalSubscription>> {
  // Filter keys are flattened with a "license." prefix (nodejs createFilters()).
  const filters = customerExternalId ? { 'license.customer_ref': customerExternalId } : {}
  const listing = await readAllPages(
    http,
    async (page) => {
      const call = `POST /licenses/v2/find (page ${page})`
      const body = await http.json({
        call,
        method: 'POST',
        path: '/licenses/v2/find',
        query: { per_page: PAGE_SIZE, page },
        body: { filters },
        // A search sent as POST: it changes nothing, so it may be retried.
        idempotent: true,
      })
      const parsed = parseResponse(LicensesFindPageSchema, body, {
        distributor: http.distributor,
        label: ARROWSPHERE_LABEL,
        call,
      })
      return {
        items: parsed.results.map((result) => result.license),
        totalPages: parsed.pagination.totalPage,
        total: parsed.pagination.total,
      }
    },
    (license) => license.partner_ref,
    customerExternalId ? `licences of customer ${customerExternalId}` : 'licences',
  )
  // A licence without a seat count is left out and named: a guessed quantity would be written to
  // the register as a fact, and failing the whole listing would hide every other licence.
  const unread = listing.items.filter((license) => !hasSeats(license))
  const problems = unread.map(
    (license) =>
      `${ARROWSPHERE_LABEL} listed licence ${license.partner_ref} ("${license.offer ?? license.friendly_name ?? license.sku ?? ''}") of customer ${license.customer_ref} with seat ${license.seat === null ? 'null' : 'missing'}; it was left out.`,
  )
  return {
    items: listing.items.filter(hasSeats).map(normaliseSubscription),
    complete: listing.complete && unread.length === 0,
    problems: [...listing.problems, ...problems],
  }
}
