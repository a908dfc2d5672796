import type { ExternalBillingLine } from '@seatkeeper/core'
import { DistributorError, parseResponse, type DistributorHttp } from '@seatkeeper/distributors'
import type { AppliedBillingChange, BillingLineChange, PsaWrite, PsaWritePlan } from '../adapter'
import { CW_ID, CW_LABEL } from './calls'
import { todayUtc } from './list'
import { cwAgreementPeriod, normaliseCwAddition } from './normalise'
import { CwAdditionSchema, CwAgreementSchema } from './schemas'

const midnight = (day: string) => `${day}T00:00:00Z`
const dayBefore = (day: string) =>
  new Date(Date.parse(midnight(day)) - 86_400_000).toISOString().slice(0, 10)

/**
 * The calls a change to one addition needs (billing-apis.md §2 "Changing a billed quantity"):
 * - quantity on an agreement that does not prorate: `PATCH …/additions/{id}` with a JSON-patch
 *   array `[{op: "replace", path: "quantity", value}]` [C] (value = billed + lessIncluded);
 * - quantity on a prorated agreement: cancel the addition the day before the change
 *   (`cancelledDate`) and add a new one effective that day at the new quantity, so ConnectWise
 *   prorates both halves of the period [C: kb.cloud.im, Sync 365]; a plain PATCH may re-rate the
 *   whole period [I];
 * - stop billing: `cancelledDate` set to the effective day [C: Sync 365]; resume: set to null [I].
 */
export function planCwChange(change: BillingLineChange): PsaWritePlan {
  const { line } = change
  const ref = line.reference
  if (!ref.apiRoot || !ref.agreementId) {
    return {
      ok: false,
      reason: `This line was not read from ${CW_LABEL}; list it again before changing it.`,
    }
  }
  const day = change.effectiveDate ?? todayUtc()
  const additionPath = (id: string) =>
    `${ref.apiRoot}/finance/agreements/${ref.agreementId}/additions/${id}`
  const path = additionPath(line.externalId)
  const patchCall = 'PATCH /finance/agreements/{id}/additions/{id}'
  if (change.reinstate) return planCwReinstate(change.line, change.reinstate, additionPath)
  const writes: PsaWrite[] = []
  const quantityChanges = change.quantity !== undefined && change.quantity !== line.quantity
  if (quantityChanges) {
    if (!Number.isInteger(change.quantity) || change.quantity! < 0) {
      return {
        ok: false,
        reason: `The new quantity must be a whole number of 0 or more, not ${change.quantity}.`,
      }
    }
    const included = Number(ref.lessIncluded ?? 0)
    if (ref.prorates === 'true') {
      writes.push(
        {
          call: patchCall,
          method: 'PATCH',
          path,
          body: [{ op: 'replace', path: 'cancelledDate', value: midnight(dayBefore(day)) }],
          explanation: `The agreement prorates, so "${line.description}" at ${line.quantity} ends on ${dayBefore(day)}…`,
        },
        {
          call: 'POST /finance/agreements/{id}/additions',
          method: 'POST',
          path: `${ref.apiRoot}/finance/agreements/${ref.agreementId}/additions`,
          body: {
            product: { id: Number(ref.productId) },
            quantity: change.quantity! + included,
            ...(included > 0 ? { lessIncluded: included } : {}),
            unitPrice: Number(ref.unitPrice ?? line.unitPrice),
            unitCost: Number(ref.unitCost ?? line.unitCost ?? 0),
            billCustomer: ref.billCustomer ?? 'Billable',
            effectiveDate: midnight(day),
            invoiceDescription: line.description,
            taxableFlag: ref.taxable === 'true',
            prorateCurrentPeriodFlag: true,
          },
          explanation: `…and a new addition at ${change.quantity} starts on ${day}; ConnectWise prorates both.`,
        },
      )
    } else {
      writes.push({
        call: patchCall,
        method: 'PATCH',
        path,
        body: [{ op: 'replace', path: 'quantity', value: change.quantity! + included }],
        explanation: `Sets the quantity of "${line.description}" to ${change.quantity}${included > 0 ? ` (+${included} included)` : ''}.`,
      })
    }
  }
  if (change.inactive !== undefined && change.inactive !== line.inactive) {
    if (quantityChanges && ref.prorates === 'true') {
      return {
        ok: false,
        reason: 'Change the quantity and stop billing in two steps on a prorated agreement.',
      }
    }
    writes.push({
      call: patchCall,
      method: 'PATCH',
      path,
      body: [
        { op: 'replace', path: 'cancelledDate', value: change.inactive ? midnight(day) : null },
      ],
      explanation: change.inactive
        ? `Cancels "${line.description}" on ${day}: ConnectWise bills nothing after its cancelled date.`
        : `Clears the cancelled date of "${line.description}" so it bills again.`,
    })
  }
  if (writes.length === 0)
    return { ok: false, reason: 'Nothing to change: the line already reads so.' }
  return { ok: true, writes }
}

/**
 * Undo of a prorated change before the new addition bills (undo.ts): the new addition is
 * cancelled the day before it starts, so it bills no day [I: that ConnectWise takes a cancelled
 * date before the effective date], and the one it replaced has its cancelled date cleared [I, as
 * a resume], so it bills the whole period again.
 */
function planCwReinstate(
  added: ExternalBillingLine,
  old: ExternalBillingLine,
  additionPath: (id: string) => string,
): PsaWritePlan {
  if (added.startDate === undefined) {
    return { ok: false, reason: `${CW_LABEL} gives no start for "${added.description}".` }
  }
  const patchCall = 'PATCH /finance/agreements/{id}/additions/{id}'
  const before = dayBefore(added.startDate)
  return {
    ok: true,
    writes: [
      {
        call: patchCall,
        method: 'PATCH',
        path: additionPath(added.externalId),
        body: [{ op: 'replace', path: 'cancelledDate', value: midnight(before) }],
        explanation: `Cancels the new addition "${added.description}" at ${added.quantity} on ${before}, the day before it starts, so it bills nothing…`,
      },
      {
        call: patchCall,
        method: 'PATCH',
        path: additionPath(old.externalId),
        body: [{ op: 'replace', path: 'cancelledDate', value: null }],
        explanation: `…and clears the cancelled date of the addition it replaced, which bills ${old.quantity} again.`,
      },
    ],
  }
}

async function readAddition(
  http: DistributorHttp,
  line: ExternalBillingLine,
  additionId: string,
  today: string,
) {
  const ref = line.reference
  const where = (call: string) => ({ distributor: CW_ID, label: CW_LABEL, call })
  const agreementCall = 'GET /finance/agreements/{id}'
  const agreement = parseResponse(
    CwAgreementSchema,
    await http.json({
      call: agreementCall,
      method: 'GET',
      path: `${ref.apiRoot}/finance/agreements/${ref.agreementId}`,
    }),
    where(agreementCall),
  )
  const additionCall = 'GET /finance/agreements/{id}/additions/{id}'
  const addition = parseResponse(
    CwAdditionSchema,
    await http.json({
      call: additionCall,
      method: 'GET',
      path: `${ref.apiRoot}/finance/agreements/${ref.agreementId}/additions/${additionId}`,
    }),
    where(additionCall),
  )
  const period = cwAgreementPeriod(agreement)
  const read =
    period.ok && period.value !== 'none'
      ? normaliseCwAddition(agreement, period.value, addition, ref.apiRoot!, today)
      : {
          ok: false as const,
          problem: `${CW_LABEL} agreement ${ref.agreementId} no longer bills by cycle.`,
        }
  if (!read.ok)
    throw new DistributorError({
      kind: 'contract',
      distributor: CW_ID,
      call: additionCall,
      message: read.problem,
    })
  return read.value
}

/**
 * Sends the planned calls in order and reads the addition back (the new one on a prorated
 * agreement: its id is in the POST's answer, the whole Addition [C]). The read-back must show the
 * change, else it is an error naming the field.
 */
export async function applyCwChange(
  http: DistributorHttp,
  change: BillingLineChange,
): Promise<AppliedBillingChange> {
  const plan = planCwChange(change)
  if (!plan.ok)
    throw new DistributorError({
      kind: 'request',
      distributor: CW_ID,
      call: 'plan',
      message: plan.reason,
    })
  const day = change.effectiveDate ?? todayUtc()
  let additionId = change.line.externalId
  for (const write of plan.writes) {
    const answer = await http.json({
      call: write.call,
      method: write.method,
      path: write.path,
      body: write.body,
      idempotent: write.method === 'PATCH',
    })
    if (write.method === 'POST') {
      additionId = String(
        parseResponse(CwAdditionSchema, answer, {
          distributor: CW_ID,
          label: CW_LABEL,
          call: write.call,
        }).id,
      )
    }
  }
  // An undo that bills the replaced addition again reads that one back.
  if (change.reinstate) additionId = change.reinstate.externalId
  // Read back as of the effective day, so a change dated today reads as in force.
  const after = await readAddition(http, change.line, additionId, day)
  const fail = (message: string, field: string) =>
    new DistributorError({
      kind: 'contract',
      distributor: CW_ID,
      call: 'GET /finance/agreements/{id}/additions/{id}',
      message,
      field,
    })
  if (change.reinstate && (after.inactive || after.quantity !== change.reinstate.quantity)) {
    throw fail(
      `${CW_LABEL} accepted the undo but "${after.description}" reads as ${after.inactive ? 'cancelled' : `billing ${after.quantity}`}, not billing ${change.reinstate.quantity} again.`,
      'cancelledDate',
    )
  }
  if (change.quantity !== undefined && after.quantity !== change.quantity) {
    throw fail(
      `${CW_LABEL} accepted the change but "${after.description}" still bills ${after.quantity}, not ${change.quantity}.`,
      'quantity',
    )
  }
  if (change.inactive !== undefined && after.inactive !== change.inactive) {
    throw fail(
      `${CW_LABEL} accepted the change but "${after.description}" still reads as ${after.inactive ? 'cancelled' : 'billing'}.`,
      'cancelledDate',
    )
  }
  return { writes: plan.writes, after }
}
