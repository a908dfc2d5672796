import * as v from 'valibot'
import type { ErrorReading } from '../adapter'
import { errorBodyJson, errorDetail } from '../http/error-detail'
import type { HttpResponse } from '../http/types'
import { SherwebProblemDetailsSchema, SherwebTokenErrorSchema } from './schemas'

/*
 * Rate-limit answers say "Rate limit is exceeded. Try again in 12 seconds." in the ProblemDetails
 * `detail` [C, community: djust270/Sherweb-API Invoke-SherwebRequest.ps1 parses exactly that].
 * Azure API Management's own 429 body puts the same sentence in `message` instead [I], so both
 * members are read.
 */
const TRY_AGAIN = /try again in (\d+(?:\.\d+)?) seconds?/i

const ApimMessageSchema = v.object({ message: v.string() })

/** Reads Sherweb's error bodies: ProblemDetails on the API, OIDC errors on the token endpoint. */
export function readSherwebError(response: HttpResponse): ErrorReading | undefined {
  const body = errorBodyJson(response.text)
  const token = v.safeParse(SherwebTokenErrorSchema, body)
  if (token.success) {
    // The token endpoint refusing the client is final: logging in again cannot cure it.
    const description = errorDetail(token.output.error_description)
    return { detail: description ? `${token.output.error}: ${description}` : token.output.error }
  }
  let detail: string | undefined
  const problem = v.safeParse(SherwebProblemDetailsSchema, body)
  if (problem.success)
    detail = errorDetail(problem.output.detail) ?? errorDetail(problem.output.title)
  const apim = v.safeParse(ApimMessageSchema, body)
  if (!detail && apim.success) detail = errorDetail(apim.output.message)
  const reading: ErrorReading = {}
  if (detail) reading.detail = detail
  const wait = detail ? TRY_AGAIN.exec(detail) : null
  if (wait?.[1]) reading.retryAfterMs = Math.round(Number(wait[1]) * 1000)
  // A 401 from the API (not the token endpoint) means the bearer token expired or was revoked.
  if (response.status === 401) reading.sessionExpired = true
  return Object.keys(reading).length > 0 ? reading : undefined
}
