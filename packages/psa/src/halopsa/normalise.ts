import type { BillingPeriod, ExternalBillingLine } from '@seatkeeper/core'
import type { PsaCompany } from '../adapter'
import { HALO_LABEL } from './calls'
import type { HaloClient, HaloInvoice, HaloLine } from './schemas'

export type Normalised<T> = { ok: true; value: T } | { ok: false; problem: string }

/** A client's website or domain as a bare host ("fabrikam.example"). */
function domainOf(client: HaloClient): string | undefined {
  const raw = (client.domain || client.website || '').trim().toLowerCase()
  if (!raw) return undefined
  return (
    raw
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/.*$/, '') || undefined
  )
}

/** One Halo client as a PSA company: `inactive` reads as suspended, never deleted. */
export function normaliseHaloClient(client: HaloClient): PsaCompany {
  const domain = domainOf(client)
  const currency = client.currencyisocode?.trim().toUpperCase()
  const linkedIds = (client.external_links ?? [])
    .map((link) => (link.third_party_id == null ? '' : String(link.third_party_id).trim()))
    .filter((id) => id !== '')
  return {
    externalId: String(client.id),
    name: client.name,
    status: client.inactive ? 'suspended' : 'active',
    ...(domain ? { domain } : {}),
    ...(currency && /^[A-Z]{3}$/.test(currency) ? { currency } : {}),
    ...(linkedIds.length > 0 ? { linkedIds } : {}),
  }
}

/** Header `period` values seen in real data: 2 is monthly [I: the enum is not published]. */
const PERIODS: Record<number, BillingPeriod> = { 2: 'monthly' }

/** `recurring_invoice_quantity_type`: 0 manual, 1 licence-linked, 2 per user (observed) [I]. */
const QUANTITY_TYPES: Record<number, 'manual' | 'licence' | 'users'> = {
  0: 'manual',
  1: 'licence',
  2: 'users',
}

const dateOf = (value: string | null | undefined) => (value ? value.slice(0, 10) : undefined)

/** The invoice's billing period, or why its lines cannot be read. */
export function haloInvoicePeriod(invoice: HaloInvoice): Normalised<BillingPeriod> {
  const period = invoice.period == null ? undefined : PERIODS[invoice.period]
  if (period) return { ok: true, value: period }
  return {
    ok: false,
    problem: `${HALO_LABEL} recurring invoice ${invoice.id}${invoice.client_name ? ` of ${invoice.client_name}` : ''} has period ${invoice.period ?? 'missing'}, which Seatkeeper does not know yet; its lines were left out.`,
  }
}

/**
 * One recurring-invoice line as a billing line. Licence-linked lines follow their licences' count
 * (with the links' minimum and free quantities): with `licenceCounts` (licence id → seats) the
 * quantity is what the counts bill, max(minimum, counts − free), else the line's `qty_order` (a
 * read-back of one line). Manual and per-user lines are compared only. A line is inactive when it
 * or its invoice is. Halo keeps the currency on the client, not the line.
 */
export function normaliseHaloLine(
  invoice: HaloInvoice,
  period: BillingPeriod,
  line: HaloLine,
  licenceCounts?: ReadonlyMap<number, number>,
): Normalised<ExternalBillingLine> {
  const description = line.item_shortdescription?.trim() || line.item_code?.trim() || ''
  const name = `${HALO_LABEL} line ${line.id} ("${description || 'no description'}") of recurring invoice ${invoice.id}`
  const type =
    line.recurring_invoice_quantity_type == null
      ? 'manual'
      : QUANTITY_TYPES[line.recurring_invoice_quantity_type]
  if (!type) {
    return {
      ok: false,
      problem: `${name} has quantity type ${line.recurring_invoice_quantity_type}, which Seatkeeper does not know; it was left out.`,
    }
  }
  if (!Number.isInteger(line.qty_order) || line.qty_order < 0) {
    return {
      ok: false,
      problem: `${name} bills a quantity of ${line.qty_order}, not a whole number of seats; it was left out.`,
    }
  }
  if (!description) {
    return {
      ok: false,
      problem: `${name} has neither a description nor an item code; it was left out.`,
    }
  }
  const links = line.quantity_licences ?? []
  const licenceIds = links.map((l) => l.licence_id).filter((id): id is number => id != null)
  const minimum = links.reduce((max, l) => Math.max(max, l.minimum_qty ?? 0), 0)
  const free = links.reduce((sum, l) => sum + (l.qty_free ?? 0), 0)
  const startDate = dateOf(line.startdate)
  const endDate = dateOf(line.enddate)
  let quantity = line.qty_order
  if (type === 'licence' && licenceCounts && licenceIds.length > 0) {
    const missing = licenceIds.filter((id) => !licenceCounts.has(id))
    if (missing.length > 0) {
      return {
        ok: false,
        problem: `${name} follows licence ${missing.join(', ')}, which ${HALO_LABEL} did not list; it was left out.`,
      }
    }
    const seats = licenceIds.reduce((sum, id) => sum + licenceCounts.get(id)!, 0)
    quantity = Math.max(minimum, seats - free)
  }
  return {
    ok: true,
    value: {
      externalId: String(line.id),
      companyExternalId: String(invoice.client_id),
      description,
      ...(line.item_code?.trim() ? { itemCode: line.item_code.trim() } : {}),
      quantity,
      unitPrice: line.unit_price,
      ...(line.unit_cost != null ? { unitCost: line.unit_cost } : {}),
      period,
      ...(startDate ? { startDate } : {}),
      ...(endDate ? { endDate } : {}),
      inactive: line.isinactive === true || invoice.disabled === true,
      quantityRule: type === 'licence' ? 'linked' : 'fixed',
      ...(type === 'licence' && minimum > 0 ? { minimumQuantity: minimum } : {}),
      ...(type === 'licence' && free > 0 ? { freeQuantity: free } : {}),
      reference: {
        invoiceId: String(line.ihid),
        quantityType: type,
        ...(licenceIds.length > 0 ? { licenceIds: licenceIds.join(',') } : {}),
      },
    },
  }
}
