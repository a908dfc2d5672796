import * as v from 'valibot'
import type { ErrorReading } from '../adapter'
import { errorBodyJson, errorDetail } from '../http/error-detail'
import type { HttpResponse } from '../http/types'
import { Pax8ErrorSchema, Pax8TokenErrorSchema } from './schemas'

/**
 * Reads Pax8's error bodies: the API's `{type, message, instance, status, details[]}` [C] and the
 * token endpoint's `{error, error_description}` [C]. Pax8 documents no Retry-After on 429 [C], so
 * the shared client's backoff decides the wait when the header is missing.
 */
export function readPax8Error(response: HttpResponse): ErrorReading | undefined {
  const body = errorBodyJson(response.text)
  const token = v.safeParse(Pax8TokenErrorSchema, body)
  if (token.success) {
    const description = token.output.error_description?.trim()
    return {
      detail: errorDetail(
        description ? `${token.output.error}: ${description}` : token.output.error,
      ),
    }
  }
  const error = v.safeParse(Pax8ErrorSchema, body)
  const reading: ErrorReading = {}
  if (error.success) {
    const words = [error.output.message, ...(error.output.details ?? []).map((d) => d.message)]
      .map((w) => w?.trim())
      .filter((w): w is string => !!w)
    const detail = [...new Set(words)].join(': ')
    if (detail) reading.detail = errorDetail(detail)
  }
  // A 401 from the API (not the token endpoint) means the 24 h bearer token expired or was revoked.
  if (response.status === 401) reading.sessionExpired = true
  return Object.keys(reading).length > 0 ? reading : undefined
}
