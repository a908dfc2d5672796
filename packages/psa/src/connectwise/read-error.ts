import * as v from 'valibot'
import {
  errorBodyJson,
  errorDetail,
  type ErrorReading,
  type HttpResponse,
} from '@seatkeeper/distributors'
import { CwErrorSchema } from './schemas'

/**
 * ConnectWise's `{code, message, errors[{code, message, field}]}` [C: pyconnectwise
 * ErrorResponseMessage]: the message and each field's words. Cloudflare in front of cloud sites
 * answers 429 with Retry-After [C, community], which the shared client reads itself.
 */
export function readCwError(response: HttpResponse): ErrorReading | undefined {
  const parsed = v.safeParse(CwErrorSchema, errorBodyJson(response.text))
  if (!parsed.success) return undefined
  const words = [parsed.output.message, ...(parsed.output.errors ?? []).map((e) => e.message)]
    .map((w) => w?.trim())
    .filter((w): w is string => !!w)
  const detail = errorDetail([...new Set(words)].join(': '))
  return detail ? { detail } : undefined
}
