import {
  DistributorError,
  EDGE_ERROR_HEADER,
  type DistributorErrorKind,
} from '@seatkeeper/distributors'

// The status an edge-written error answers with. createProxyHttp reads the kind from the body;
// the status only decides whether the browser retries (429/502/503/504), so a refusal never
// answers a retryable status and an outage always does.
const STATUS_FOR_KIND: Record<DistributorErrorKind, number> = {
  auth: 401,
  forbidden: 403,
  'not-found': 404,
  'rate-limited': 429,
  unavailable: 502,
  request: 400,
  contract: 502,
}

/** The status an edge-written error of this kind answers with. */
export function statusForKind(kind: DistributorErrorKind): number {
  return STATUS_FOR_KIND[kind]
}

/**
 * A failure the edge found itself (not a distributor answer it relays): `x-seatkeeper-error: 1`
 * and `{ error: DistributorError.toJSON() }`, which the browser's createProxyHttp turns back into
 * the same DistributorError.
 */
export function edgeErrorResponse(error: DistributorError, status?: number): Response {
  return new Response(JSON.stringify({ error: error.toJSON() }), {
    status: status ?? STATUS_FOR_KIND[error.kind],
    headers: { 'content-type': 'application/json; charset=utf-8', [EDGE_ERROR_HEADER]: '1' },
  })
}

/** Shorthand for the edge's own refusals and failures. */
export function edgeError(
  kind: DistributorErrorKind,
  distributor: string,
  call: string,
  message: string,
  status: number = STATUS_FOR_KIND[kind],
): Response {
  return edgeErrorResponse(
    new DistributorError({ kind, distributor, call, message, status }),
    status,
  )
}
