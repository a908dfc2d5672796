import * as v from 'valibot'
import type { ErrorReading } from '../adapter'
import { errorBodyJson, errorDetail } from '../http/error-detail'
import type { HttpResponse } from '../http/types'
import { CrayonErrorSchema, CrayonTokenErrorSchema } from './schemas'

/**
 * Reads Crayon's error bodies: `{ErrorCode, Message, Parameters, ObjectErrors}` on the API
 * [C: Domain/Common/Error.cs; either casing, I], OIDC `{error, error_description}` on the token
 * endpoint [I]. Crayon documents no Retry-After; the shared client reads the header when sent.
 */
export function readCrayonError(response: HttpResponse): ErrorReading | undefined {
  const body = errorBodyJson(response.text)
  const reading: ErrorReading = {}
  const token = v.safeParse(CrayonTokenErrorSchema, body)
  const error = v.safeParse(CrayonErrorSchema, body)
  if (token.success) {
    const description = errorDetail(token.output.error_description)
    reading.detail = description ? `${token.output.error}: ${description}` : token.output.error
  } else if (error.success) {
    const message = errorDetail(error.output.Message ?? error.output.message)
    const code = error.output.ErrorCode ?? error.output.errorCode
    const detail = message && code != null ? `${message} (${String(code).slice(0, 40)})` : message
    if (detail) reading.detail = detail
  }
  // A 401 from the API (the token endpoint answers 400) means the bearer token expired or was revoked.
  if (response.status === 401 && !token.success) reading.sessionExpired = true
  return Object.keys(reading).length > 0 ? reading : undefined
}
