import * as v from 'valibot'
import type { ErrorReading } from '../adapter'
import type { HttpResponse } from '../http/types'
import { IngramErrorSchema } from './schemas'

const MAX_DETAIL = 300

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function words(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim()
  if (!trimmed) return undefined
  return trimmed.length > MAX_DETAIL ? `${trimmed.slice(0, MAX_DETAIL)}…` : trimmed
}

/**
 * Reads Ingram Micro's error bodies. Their shape is not documented [I]: `{code, message}` is read
 * first, then a gateway's `{error}` or `{errors:[{message}]}`. A 401 from an API call means the
 * bearer token expired or was revoked, so the shared client signs in again once.
 */
export function readIngramError(response: HttpResponse): ErrorReading | undefined {
  const parsed = v.safeParse(IngramErrorSchema, parseJson(response.text))
  const reading: ErrorReading = {}
  if (parsed.success) {
    const body = parsed.output
    const detail =
      words(body.message) ??
      words(body.error) ??
      words(body.errors?.find((e) => e.message)?.message)
    if (detail) reading.detail = body.code != null ? `${detail} (${String(body.code)})` : detail
  }
  if (response.status === 401) reading.sessionExpired = true
  return Object.keys(reading).length > 0 ? reading : undefined
}
