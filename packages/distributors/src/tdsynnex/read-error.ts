import * as v from 'valibot'
import type { ErrorReading } from '../adapter'
import { errorBodyJson, errorDetail } from '../http/error-detail'
import type { HttpResponse } from '../http/types'
import { TdsynnexApiErrorSchema, TdsynnexOAuthErrorSchema } from './schemas'

/**
 * Reads ION's error bodies: OAuth `{error, error_description}` from the token endpoint and
 * `{code, message}` from the API [I: no error body is published]. A 401 from the API means the
 * access token expired: log in again (which spends and rotates the refresh token).
 */
export function readTdsynnexError(response: HttpResponse): ErrorReading | undefined {
  const body = errorBodyJson(response.text)
  const reading: ErrorReading = {}
  const oauth = v.safeParse(TdsynnexOAuthErrorSchema, body)
  const api = v.safeParse(TdsynnexApiErrorSchema, body)
  if (oauth.success) {
    const description = errorDetail(oauth.output.error_description)
    reading.detail = description ? `${oauth.output.error}: ${description}` : oauth.output.error
  } else if (api.success) {
    const detail = errorDetail(api.output.message)
    if (detail) reading.detail = detail
  }
  if (response.status === 401 && !oauth.success) reading.sessionExpired = true
  return Object.keys(reading).length > 0 ? reading : undefined
}
