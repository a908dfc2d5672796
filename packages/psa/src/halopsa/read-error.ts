import * as v from 'valibot'
import {
  errorBodyJson,
  errorDetail,
  type ErrorReading,
  type HttpResponse,
} from '@seatkeeper/distributors'
import { HaloErrorSchema } from './schemas'

/**
 * How long to wait after a 429. Hosted Halo allows 300 requests per rolling 5 minutes and sends no
 * Retry-After [C, community: HaloAPI #31]; 5 s sleeps were seen to be too short there, so a minute
 * lets the window drain [I].
 */
export const HALO_RATE_LIMIT_WAIT_MS = 60_000

/**
 * Reads Halo's error bodies: `{resultCode, errorMessage}`, `{ClassName, Message}`, `{Message}`,
 * `{error}` or plain text [C: HaloAPI New-HaloError.ps1].
 */
export function readHaloError(response: HttpResponse): ErrorReading | undefined {
  const reading: ErrorReading = {}
  const body = errorBodyJson(response.text)
  const parsed = body === undefined ? undefined : v.safeParse(HaloErrorSchema, body)
  if (parsed?.success) {
    const o = parsed.output
    const words = [o.errorMessage, o.Message, o.error_description ?? o.error]
      .map((w) => w?.trim())
      .filter((w): w is string => !!w)
    const detail = errorDetail([...new Set(words)].join(': '))
    if (detail) reading.detail = detail
  } else if (body === undefined && !/^\s*</.test(response.text)) {
    const detail = errorDetail(response.text)
    if (detail) reading.detail = detail
  }
  if (response.status === 429) reading.retryAfterMs = HALO_RATE_LIMIT_WAIT_MS
  // A 401 from /api/* (not the token call) means the hour-long bearer token expired [C].
  if (response.status === 401) reading.sessionExpired = true
  return Object.keys(reading).length > 0 ? reading : undefined
}
