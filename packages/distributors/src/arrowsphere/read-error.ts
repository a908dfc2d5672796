import * as v from 'valibot'
import type { ErrorReading } from '../adapter'
import type { HttpResponse } from '../http/types'
import { ArrowErrorBodySchema } from './schemas'

// Long enough for any real message, short enough that a body echoing a request stays out of view.
const MAX_DETAIL = 300

/**
 * Reads ArrowSphere's error body `{status, error, messages}` (nodejs APIResponseError). Anything
 * else (an HTML page from a gateway, an empty body) gives no reading.
 */
export function readArrowSphereError(response: HttpResponse): ErrorReading | undefined {
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    return undefined
  }
  const parsed = v.safeParse(ArrowErrorBodySchema, body)
  if (!parsed.success) return undefined
  const error = parsed.output.error?.trim()
  const messages = [parsed.output.messages ?? []]
    .flat()
    .map((m) => m.trim())
    .filter(Boolean)
  // "Unauthorized: Invalid API key"; a message that repeats the error code is said once.
  const detail = [...new Set([error, ...messages])].filter((w): w is string => !!w).join(': ')
  if (!detail) return undefined
  return { detail: detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail }
}
