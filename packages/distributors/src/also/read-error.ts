import type { ErrorReading } from '../adapter'
import type { HttpResponse } from '../http/types'
import { parseAlsoFault, type AlsoFault } from './parse-fault'

/** A Sender fault sent with a 5xx: the status says "down", the body says "your request". */
function refusedAsOutage(status: number, fault: AlsoFault): boolean {
  return status >= 500 && !fault.sessionExpired && fault.code !== 'Receiver'
}

/**
 * Reads ALSO's XML fault from any answer, whatever its status (the docs list 400/404/405/500, and a
 * 200 happens too): "your session expired" (IsSessionExpired true) makes the shared client log in
 * again and retry once; any other Sender fault sent with a 5xx is a request ALSO refused, which
 * repeating cannot fix, so it is reported at once with ALSO's code and reason instead of retried
 * as an outage. Other statuses (429, 404…) keep their own meaning.
 * A Receiver fault is ALSO failing on its side, left to the status (retried when it is a 5xx).
 */
export function readAlsoError(response: HttpResponse): ErrorReading | undefined {
  const fault = parseAlsoFault(response.text)
  if (!fault) return undefined
  const detail = [fault.code ? `${fault.code} fault` : undefined, fault.message]
    .filter(Boolean)
    .join(': ')
  return {
    ...(detail ? { detail } : {}),
    ...(fault.sessionExpired ? { sessionExpired: true } : {}),
    ...(refusedAsOutage(response.status, fault) ? { kind: 'request' as const } : {}),
  }
}
