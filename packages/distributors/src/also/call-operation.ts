import type * as v from 'valibot'
import { DistributorError } from '../errors'
import { parseJsonBody } from '../http/parse-json-body'
import { parseResponse } from '../http/parse-response'
import type { DistributorHttp } from '../http/types'
import { alsoHints } from './hints'
import { ALSO_ID, ALSO_LABEL } from './label'
import { parseAlsoFault } from './parse-fault'

/**
 * One SimpleAPI read: `POST /<Operation>` with a JSON body, answer validated with `schema`.
 * Every SimpleAPI call is a POST, even the reads [C]; reads are safe to repeat, so they are
 * marked idempotent and the shared client may retry them.
 */
export async function callOperation<S extends v.GenericSchema>(
  http: DistributorHttp,
  path: `/${string}`,
  body: Record<string, unknown>,
  schema: S,
): Promise<v.InferOutput<S>> {
  const call = `POST ${path.slice(1)}`
  const site = { distributor: ALSO_ID, label: ALSO_LABEL, call }
  const res = await http.request({ call, method: 'POST', path, body, idempotent: true })
  // ALSO sometimes answers a fault with 200 [C]; an expired session was already handled by the
  // shared client (it re-logs in on readError's sessionExpired), so this is any other fault.
  const fault = parseAlsoFault(res.text)
  if (fault) {
    const senderFault = fault.code !== 'Receiver'
    throw new DistributorError({
      kind: senderFault ? 'request' : 'unavailable',
      distributor: ALSO_ID,
      call,
      status: res.status,
      message:
        `${ALSO_LABEL} answered ${call} with an error${fault.message ? `: "${fault.message}"` : ''}. ` +
        (senderFault ? `${alsoHints.request}` : 'ALSO failed on its side; try again later.'),
    })
  }
  return parseResponse(schema, parseJsonBody(res, site), site)
}
