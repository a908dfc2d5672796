import type { ExternalBillingLine } from '@seatkeeper/core'
import { DistributorError, parseResponse, type DistributorHttp } from '@seatkeeper/distributors'
import { CW_ID, CW_LABEL } from './calls'
import { cwAgreementPeriod, normaliseCwAddition } from './normalise'
import { CwAdditionSchema, CwAgreementSchema } from './schemas'

/**
 * One addition of the line's agreement read back as a billing line, as of `today`: what a change
 * is confirmed against. An agreement that no longer bills by cycle is an error.
 */
export async function readCwAddition(
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
