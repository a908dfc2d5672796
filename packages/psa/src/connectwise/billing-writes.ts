import type { ExternalBillingLine } from '@seatkeeper/core'
import { DistributorError, parseResponse, type DistributorHttp } from '@seatkeeper/distributors'
import type { AppliedBillingChange, BillingLineChange, PsaWritePlan } from '../adapter'
import { CW_ID, CW_LABEL } from './calls'
import { todayUtc } from './list'
import { readCwAddition } from './read-cw-addition'
import { CwAdditionSchema } from './schemas'
import { sendCwSteps, type CwStep, type CwSteps } from './send-cw-steps'

const midnight = (day: string) => `${day}T00:00:00Z`
const dayBefore = (day: string) =>
  new Date(Date.parse(midnight(day)) - 86_400_000).toISOString().slice(0, 10)

/**
 * The calls a change to one addition needs (billing-apis.md §2 "Changing a billed quantity"):
 * - quantity on an agreement that does not prorate: `PATCH …/additions/{id}` with a JSON-patch
 *   array `[{op: "replace", path: "quantity", value}]` [C] (value = billed + lessIncluded);
 * - quantity on a prorated agreement: a new addition effective the change day at the new quantity,
 *   then the old one cancelled the day before (`cancelledDate`), so ConnectWise prorates both
 *   halves of the period [C: kb.cloud.im, Sync 365]; a plain PATCH may re-rate the whole period
 *   [I]. The order is not ConnectWise's (billing-apis.md names none): the new addition goes first,
 *   so a refused POST leaves the old one billing, untouched;
 * - stop billing: `cancelledDate` set to the effective day [C: Sync 365]; resume: set to null [I].
 * The first of two calls says how to take it back (send-cw-steps.ts), should the second be refused.
 */
export function planCwChange(change: BillingLineChange): PsaWritePlan {
  const plan = planCwSteps(change)
  return plan.ok ? { ok: true, writes: plan.steps.map((s) => s.write) } : plan
}

const patchCall = 'PATCH /finance/agreements/{id}/additions/{id}'
const postCall = 'POST /finance/agreements/{id}/additions'
const cancelledOn = (value: string | null) => [{ op: 'replace', path: 'cancelledDate', value }]
const newAdditionId = (answer: unknown) => String((answer as { id?: unknown } | undefined)?.id)

function planCwSteps(
  change: BillingLineChange,
): ({ ok: true } & CwSteps) | { ok: false; reason: string } {
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
  if (change.reinstate) return planCwReinstate(change.line, change.reinstate, additionPath)
  const steps: CwStep[] = []
  const bills = `addition ${line.externalId} "${line.description}" ${line.inactive ? 'stays cancelled' : `still bills ${line.quantity}`}`
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
      const ends = dayBefore(day)
      steps.push(
        {
          write: {
            call: postCall,
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
            explanation: `The agreement prorates, so a new addition "${line.description}" at ${change.quantity} starts on ${day}…`,
          },
          // Cancelled the day before it starts, it bills no day [I, as the undo's].
          revert: (answer) => ({
            call: patchCall,
            method: 'PATCH',
            path: additionPath(newAdditionId(answer)),
            body: cancelledOn(midnight(ends)),
            explanation: `the new addition ${newAdditionId(answer)} cancelled on ${ends}, before it starts`,
          }),
          alone: (answer) =>
            `both addition ${line.externalId} at ${line.quantity} and the new addition ${newAdditionId(answer)} at ${change.quantity} from ${day} bill "${line.description}"`,
        },
        {
          write: {
            call: patchCall,
            method: 'PATCH',
            path,
            body: cancelledOn(midnight(ends)),
            explanation: `…and the one at ${line.quantity} ends on ${ends}; ConnectWise prorates both.`,
          },
        },
      )
    } else {
      steps.push({
        write: {
          call: patchCall,
          method: 'PATCH',
          path,
          body: [{ op: 'replace', path: 'quantity', value: change.quantity! + included }],
          explanation: `Sets the quantity of "${line.description}" to ${change.quantity}${included > 0 ? ` (+${included} included)` : ''}.`,
        },
        revert: () => ({
          call: patchCall,
          method: 'PATCH',
          path,
          body: [{ op: 'replace', path: 'quantity', value: line.quantity + included }],
          explanation: `the quantity of addition ${line.externalId} set back to ${line.quantity}`,
        }),
        alone: () =>
          `addition ${line.externalId} "${line.description}" bills ${change.quantity} but is ${line.inactive ? 'still cancelled' : 'not cancelled'}`,
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
    steps.push({
      write: {
        call: patchCall,
        method: 'PATCH',
        path,
        body: cancelledOn(change.inactive ? midnight(day) : null),
        explanation: change.inactive
          ? `Cancels "${line.description}" on ${day}: ConnectWise bills nothing after its cancelled date.`
          : `Clears the cancelled date of "${line.description}" so it bills again.`,
      },
    })
  }
  if (steps.length === 0)
    return { ok: false, reason: 'Nothing to change: the line already reads so.' }
  return { ok: true, steps, asBefore: bills }
}

/**
 * Undo of a prorated change before the new addition bills (undo.ts): the addition it replaced has
 * its cancelled date cleared [I, as a resume], so it bills the whole period again, then the new
 * one is cancelled the day before it starts, so it bills no day [I: that ConnectWise takes a
 * cancelled date before the effective date]. Resuming first means a refused cancel never leaves
 * the line billing nothing; the resume is then taken back.
 */
function planCwReinstate(
  added: ExternalBillingLine,
  old: ExternalBillingLine,
  additionPath: (id: string) => string,
): ({ ok: true } & CwSteps) | { ok: false; reason: string } {
  if (added.startDate === undefined) {
    return { ok: false, reason: `${CW_LABEL} gives no start for "${added.description}".` }
  }
  const before = dayBefore(added.startDate)
  return {
    ok: true,
    asBefore: `the new addition ${added.externalId} "${added.description}" still bills ${added.quantity} and addition ${old.externalId}, which it replaced, stays cancelled`,
    steps: [
      {
        write: {
          call: patchCall,
          method: 'PATCH',
          path: additionPath(old.externalId),
          body: cancelledOn(null),
          explanation: `Clears the cancelled date of the addition "${old.description}" the change replaced, which bills ${old.quantity} again…`,
        },
        revert: () => ({
          call: patchCall,
          method: 'PATCH',
          path: additionPath(old.externalId),
          body: cancelledOn(midnight(before)),
          explanation: `addition ${old.externalId} cancelled on ${before} again`,
        }),
        alone: () =>
          `both addition ${old.externalId} at ${old.quantity} and the new addition ${added.externalId} at ${added.quantity} bill "${added.description}"`,
      },
      {
        write: {
          call: patchCall,
          method: 'PATCH',
          path: additionPath(added.externalId),
          body: cancelledOn(midnight(before)),
          explanation: `…and cancels the new addition at ${added.quantity} on ${before}, the day before it starts, so it bills nothing.`,
        },
      },
    ],
  }
}

/**
 * Sends the planned calls in order (send-cw-steps.ts: a refused call's error says what state
 * ConnectWise is in, a half-made change taken back) and reads the addition back (the new one on a
 * prorated agreement: its id is in the POST's answer, the whole Addition [C]). The read-back must
 * show the change, else it is an error naming the field.
 */
export async function applyCwChange(
  http: DistributorHttp,
  change: BillingLineChange,
): Promise<AppliedBillingChange> {
  const plan = planCwSteps(change)
  if (!plan.ok)
    throw new DistributorError({
      kind: 'request',
      distributor: CW_ID,
      call: 'plan',
      message: plan.reason,
    })
  const day = change.effectiveDate ?? todayUtc()
  const answers = await sendCwSteps(http, plan)
  let additionId = change.line.externalId
  for (const [i, step] of plan.steps.entries()) {
    if (step.write.method !== 'POST') continue
    additionId = String(
      parseResponse(CwAdditionSchema, answers[i], {
        distributor: CW_ID,
        label: CW_LABEL,
        call: step.write.call,
      }).id,
    )
  }
  // An undo that bills the replaced addition again reads that one back.
  if (change.reinstate) additionId = change.reinstate.externalId
  // Read back as of the effective day, so a change dated today reads as in force.
  const after = await readCwAddition(http, change.line, additionId, day)
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
  return { writes: plan.steps.map((s) => s.write), after }
}
