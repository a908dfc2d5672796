import { DistributorError, type DistributorHttp } from '@seatkeeper/distributors'
import type { PsaWrite } from '../adapter'
import { CW_LABEL } from './calls'

/**
 * One call of a ConnectWise change. The first of a two-call change (a prorated replacement, its
 * undo, a quantity and a cancellation together) says how to take it back and how the PSA reads
 * with it alone, so a refused second call never leaves the PSA half-changed without saying so.
 */
export type CwStep = {
  write: PsaWrite
  /** The call that takes this one back, from its answer (a POST's answer names the new addition). */
  revert?: (answer: unknown) => PsaWrite
  /** How ConnectWise reads when this call took and the next did not, from its answer. */
  alone?: (answer: unknown) => string
}

/** A change's calls, in the order they are sent, and how ConnectWise reads when none took. */
export type CwSteps = { steps: CwStep[]; asBefore: string }

const HAND_FIX =
  'Fix it by hand in ConnectWise PSA (Finance > Agreements > the agreement > Additions), then list the line again.'

/** The error as ConnectWise gave it, followed by what state the PSA is in now. */
function withState(error: DistributorError, state: string): DistributorError {
  return new DistributorError({
    kind: error.kind,
    distributor: error.distributor,
    call: error.call,
    message: `${error.message} ${state}`,
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
    ...(error.field !== undefined ? { field: error.field } : {}),
  })
}

// An answer with a status is a refusal: ConnectWise did not take the call. Without one (the
// network, a timeout) it may have: nothing is assumed.
const refused = (error: DistributorError) => error.status !== undefined

/**
 * Sends the calls in order and returns their answers. When one fails, the error says what state
 * ConnectWise is in: a refused first call changed nothing; a refused second call has the first
 * taken back (`revert`), and if that is refused too, the error names both calls' state and says to
 * fix it by hand. A call whose fate is unknown (no answer) is not taken back blindly.
 */
export async function sendCwSteps(http: DistributorHttp, plan: CwSteps): Promise<unknown[]> {
  const answers: unknown[] = []
  for (const [i, step] of plan.steps.entries()) {
    try {
      answers.push(
        await http.json({
          call: step.write.call,
          method: step.write.method,
          path: step.write.path,
          body: step.write.body,
          // A POST adds an addition: sent twice it would add two.
          idempotent: step.write.method === 'PATCH',
        }),
      )
    } catch (error) {
      if (!(error instanceof DistributorError)) throw error
      if (i === 0) {
        throw withState(
          error,
          refused(error)
            ? `Nothing was changed in ${CW_LABEL}: ${plan.asBefore}.`
            : `Whether ${CW_LABEL} took ${step.write.call} is not known: list the line again before retrying.`,
        )
      }
      throw await afterSecondFailed(http, plan, answers[0], error)
    }
  }
  return answers
}

async function afterSecondFailed(
  http: DistributorHttp,
  plan: CwSteps,
  firstAnswer: unknown,
  error: DistributorError,
): Promise<DistributorError> {
  const first = plan.steps[0]!
  const alone = first.alone?.(firstAnswer) ?? `${first.write.call} took and the rest did not`
  if (!refused(error) || !first.revert) {
    return withState(
      error,
      `${CW_LABEL} took ${first.write.call}; whether it took the next call is not known. Now ${alone} unless it did. ${HAND_FIX}`,
    )
  }
  const revert = first.revert(firstAnswer)
  try {
    await http.json({
      call: revert.call,
      method: revert.method,
      path: revert.path,
      body: revert.body,
      idempotent: true,
    })
  } catch (revertError) {
    const why = revertError instanceof Error ? revertError.message : String(revertError)
    return withState(
      error,
      `${CW_LABEL} had taken ${first.write.call}, and taking it back was refused too (${why}): ${alone}. ${HAND_FIX}`,
    )
  }
  return withState(
    error,
    `${CW_LABEL} had taken ${first.write.call}; Seatkeeper took it back (${revert.explanation}), so nothing bills differently: ${plan.asBefore}.`,
  )
}
