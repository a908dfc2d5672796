import type { ErrorReading } from '../adapter'
import type { HttpResponse } from '../http/types'
import { parseAlsoFault } from './parse-fault'

/**
 * Reads ALSO's XML fault from any answer, including a 200 or a 500 that is really "your session
 * expired" (IsSessionExpired true): the shared client then logs in again and retries once.
 */
export function readAlsoError(response: HttpResponse): ErrorReading | undefined {
  const fault = parseAlsoFault(response.text)
  if (!fault) return undefined
  return {
    ...(fault.message !== undefined ? { detail: fault.message } : {}),
    ...(fault.sessionExpired ? { sessionExpired: true } : {}),
  }
}
