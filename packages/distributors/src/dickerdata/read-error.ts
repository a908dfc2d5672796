import * as v from 'valibot'
import type { ErrorReading } from '../adapter'
import type { HttpResponse } from '../http/types'
import { ErrorBodySchema } from './schemas'

/**
 * Reads a Dicker Data error body. Its shape is unknown [I]: the token exchange refuses with
 * {"AccessKey":null,"Status":"DENIED"}, and an ASP.NET Web API host answers {"Message":"…"}.
 * Only short plain words are passed on, so nothing echoed from a request (a token) can leak.
 */
export function readDickerDataError(response: HttpResponse): ErrorReading | undefined {
  let data: unknown
  try {
    data = JSON.parse(response.text)
  } catch {
    return undefined
  }
  const parsed = v.safeParse(ErrorBodySchema, data)
  if (!parsed.success) return undefined
  const { Message, message, error, Status } = parsed.output
  const words =
    Message ?? message ?? error ?? (Status && Status !== 'GRANTED' ? `Status ${Status}` : undefined)
  const detail = words ? safeDetail(words) : undefined
  return detail ? { detail } : undefined
}

/** Drops anything that looks like a token or GUID a server may have echoed, and caps the length. */
function safeDetail(text: string): string | undefined {
  const cleaned = text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '[id]')
    .replace(/\b[A-Za-z0-9_-]{24,}\b/g, '[redacted]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)
  return cleaned || undefined
}
