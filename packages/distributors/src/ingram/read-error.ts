import * as v from 'valibot'
import type { ErrorReading } from '../adapter'
import { errorBodyJson, errorDetail } from '../http/error-detail'
import type { HttpResponse } from '../http/types'
import { IngramErrorSchema } from './schemas'

/**
 * Reads Ingram Micro's error bodies. Their shape is not documented [I]: `{code, message}` is read
 * first, then a gateway's `{error}` or `{errors:[{message}]}`. A 401 from an API call means the
 * bearer token expired or was revoked, so the shared client signs in again once.
 */
export function readIngramError(response: HttpResponse): ErrorReading | undefined {
  const parsed = v.safeParse(IngramErrorSchema, errorBodyJson(response.text))
  const reading: ErrorReading = {}
  if (parsed.success) {
    const body = parsed.output
    const detail =
      errorDetail(body.message) ??
      errorDetail(body.error) ??
      errorDetail(body.errors?.find((e) => e.message)?.message)
    if (detail) reading.detail = body.code != null ? `${detail} (${String(body.code)})` : detail
  }
  if (response.status === 401) reading.sessionExpired = true
  return Object.keys(reading).length > 0 ? reading : undefined
}
