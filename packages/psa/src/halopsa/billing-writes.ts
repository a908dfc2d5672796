import type { ExternalBillingLine } from '@seatkeeper/core'
import { DistributorError, parseResponse, type DistributorHttp } from '@seatkeeper/distributors'
import type { AppliedBillingChange, BillingLineChange, PsaWrite, PsaWritePlan } from '../adapter'
import { HALO_ID, HALO_LABEL, INVOICES_PATH, LICENCE_PATH, UPDATE_LINES_PATH } from './calls'
import { haloInvoicePeriod, normaliseHaloLine } from './normalise'
import { HaloInvoiceSchema, HaloLicenceSchema } from './schemas'

/**
 * The calls a change to one Halo line needs (billing-apis.md §1 "Changing a billed quantity"):
 * - a manual line: `POST /api/RecurringInvoice/updatelines`, an array of partial lines keyed by
 *   `id` + `ihid` [C: swagger; id + ihid required per HaloPSA-API, untested by its author];
 * - a licence-linked line's quantity: the licence, not the line — `POST /api/SoftwareLicence
 *   [{id, count}]` — because Halo recomputes `qty_order` from the count at the next invoice [C]
 *   and would overwrite a direct edit [I]; only a line linked to exactly one licence;
 * - a per-user line's quantity comes from Halo's user count: refused with the reason.
 * Stopping or resuming billing (`isinactive`) is a line field whatever the quantity type.
 */
export function planHaloChange(change: BillingLineChange): PsaWritePlan {
  const { line } = change
  const invoiceId = Number(line.reference.invoiceId)
  const lineId = Number(line.externalId)
  const type = line.reference.quantityType
  if (!Number.isInteger(invoiceId) || !Number.isInteger(lineId)) {
    return {
      ok: false,
      reason: `This line was not read from ${HALO_LABEL}; list it again before changing it.`,
    }
  }
  const writes: PsaWrite[] = []
  const lineFields: Record<string, unknown> = {}
  if (change.quantity !== undefined && change.quantity !== line.quantity) {
    if (!Number.isInteger(change.quantity) || change.quantity < 0) {
      return {
        ok: false,
        reason: `The new quantity must be a whole number of 0 or more, not ${change.quantity}.`,
      }
    }
    if (type === 'manual') lineFields.qty_order = change.quantity
    else if (type === 'licence') {
      const ids = (line.reference.licenceIds ?? '').split(',').filter(Boolean)
      if (ids.length !== 1) {
        return {
          ok: false,
          reason: `${HALO_LABEL} bills "${line.description}" from ${ids.length} licences' counts together; change the licences in Halo, Seatkeeper cannot tell which one to change.`,
        }
      }
      const count = change.quantity + (line.freeQuantity ?? 0)
      writes.push({
        call: `POST ${LICENCE_PATH}`,
        method: 'POST',
        path: LICENCE_PATH,
        body: [{ id: Number(ids[0]), count }],
        explanation: `${HALO_LABEL} bills "${line.description}" from its software licence's count, so the licence's count is set to ${count}; Halo updates the line on the next invoice.`,
      })
    } else {
      return {
        ok: false,
        reason: `${HALO_LABEL} bills "${line.description}" per user, from its own user count; change the users in Halo.`,
      }
    }
  }
  if (change.inactive !== undefined && change.inactive !== line.inactive) {
    lineFields.isinactive = change.inactive
  }
  if (Object.keys(lineFields).length > 0) {
    writes.unshift({
      call: `POST ${UPDATE_LINES_PATH}`,
      method: 'POST',
      path: UPDATE_LINES_PATH,
      body: [{ id: lineId, ihid: invoiceId, ...lineFields }],
      explanation: `Updates line ${lineId} of recurring invoice ${invoiceId} in ${HALO_LABEL}.`,
    })
  }
  if (writes.length === 0)
    return { ok: false, reason: 'Nothing to change: the line already reads so.' }
  return { ok: true, writes }
}

const refused = (call: string, message: string, field?: string) =>
  new DistributorError({
    kind: 'contract',
    distributor: HALO_ID,
    call,
    message,
    ...(field ? { field } : {}),
  })

/** The line as Halo has it now (`GET /api/RecurringInvoice/{id}` returns the header with lines [C]). */
async function readHaloLine(
  http: DistributorHttp,
  line: ExternalBillingLine,
): Promise<ExternalBillingLine> {
  const invoiceId = line.reference.invoiceId
  const call = `GET ${INVOICES_PATH}/{id}`
  const invoice = parseResponse(
    HaloInvoiceSchema,
    await http.json({
      call,
      method: 'GET',
      path: `${INVOICES_PATH}/${invoiceId}`,
      query: { includelines: true },
    }),
    { distributor: HALO_ID, label: HALO_LABEL, call },
  )
  const period = haloInvoicePeriod(invoice)
  const row = (invoice.lines ?? []).find((l) => String(l.id) === line.externalId)
  if (!period.ok || !row) {
    throw refused(
      call,
      `${HALO_LABEL} no longer shows line ${line.externalId} on recurring invoice ${invoiceId}; list the billing lines again.`,
    )
  }
  const read = normaliseHaloLine(invoice, period.value, row)
  if (!read.ok) throw refused(call, read.problem)
  return read.value
}

/**
 * Sends the planned calls in order, then reads back what they changed: the line (its quantity
 * and whether it bills), and for a licence-linked line the licence's count. Halo's answer to the
 * writes is not published [I], so it is not relied on; the read-back is the confirmation.
 */
export async function applyHaloChange(
  http: DistributorHttp,
  change: BillingLineChange,
): Promise<AppliedBillingChange> {
  const plan = planHaloChange(change)
  if (!plan.ok)
    throw new DistributorError({
      kind: 'request',
      distributor: HALO_ID,
      call: 'plan',
      message: plan.reason,
    })
  for (const write of plan.writes) {
    // Setting absolute values, so sending the same call twice leaves the same result.
    await http.json({
      call: write.call,
      method: write.method,
      path: write.path,
      body: write.body,
      idempotent: true,
    })
  }
  const after = await readHaloLine(http, change.line)
  if (change.inactive !== undefined && after.inactive !== change.inactive) {
    throw refused(
      `GET ${INVOICES_PATH}/{id}`,
      `${HALO_LABEL} accepted the change but line "${after.description}" still reads as ${after.inactive ? 'not billing' : 'billing'}.`,
      'isinactive',
    )
  }
  if (change.quantity !== undefined) {
    if (after.reference.quantityType === 'licence') {
      const id = (change.line.reference.licenceIds ?? '').split(',')[0]
      const call = `GET ${LICENCE_PATH}/{id}`
      const licence = parseResponse(
        HaloLicenceSchema,
        await http.json({ call, method: 'GET', path: `${LICENCE_PATH}/${id}` }),
        { distributor: HALO_ID, label: HALO_LABEL, call },
      )
      const expected = change.quantity + (change.line.freeQuantity ?? 0)
      if (licence.count !== expected) {
        throw refused(
          call,
          `${HALO_LABEL} accepted the change but licence ${id} still counts ${licence.count}, not ${expected}.`,
          'count',
        )
      }
      // The line itself follows at Halo's next invoice run; until then it is the licence that bills.
      return { writes: plan.writes, after: { ...after, quantity: change.quantity } }
    }
    if (after.quantity !== change.quantity) {
      throw refused(
        `GET ${INVOICES_PATH}/{id}`,
        `${HALO_LABEL} accepted the change but line "${after.description}" still bills ${after.quantity}, not ${change.quantity}.`,
        'qty_order',
      )
    }
  }
  return { writes: plan.writes, after }
}
