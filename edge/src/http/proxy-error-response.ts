import { EDGE_ERROR_HEADER, type ProxyErrorBody } from '@seatkeeper/core'
import type { DistributorErrorKind } from '@seatkeeper/distributors'
import type { Refusal } from './on-error'
import { readUpstreamPath } from './read-upstream-path'

const PROXY_PATH = /^\/api\/connections\/[^/]+\/upstream(\/|$)/

/** Whether a request is for the distributor proxy, whose error answers the browser's adapters read. */
export function isProxyPath(path: string): boolean {
  return PROXY_PATH.test(path)
}

/**
 * A refusal on the proxy as the edge's own answer: `x-seatkeeper-error: 1` and the one error body
 * plus the distributor kind and call, which the browser's createProxyHttp turns back into the same
 * DistributorError. Without the mark the browser read the edge's refusals (a write without the
 * page's Origin, a missing Access token) as the distributor's: a POST refused for its Origin was
 * reported as "ArrowSphere refused access (403)", sending the user to check ArrowSphere roles.
 */
export function proxyErrorResponse(refusal: Refusal, method: string, url: string): Response {
  const upstream = refusal.upstream
  const body: ProxyErrorBody = {
    error: {
      message: refusal.message,
      ...(refusal.field !== undefined ? { field: refusal.field } : {}),
      kind: upstream?.kind ?? kindOf(refusal.status),
      distributor: upstream?.distributor ?? 'unknown',
      call: upstream?.call ?? callOf(method, url),
      status: upstream?.status ?? refusal.status,
      ...(upstream?.retryAfterMs !== undefined ? { retryAfterMs: upstream.retryAfterMs } : {}),
    },
  }
  const headers = new Headers({
    'content-type': 'application/json; charset=utf-8',
    [EDGE_ERROR_HEADER]: '1',
  })
  if (refusal.retryAfterSeconds !== undefined)
    headers.set('retry-after', String(refusal.retryAfterSeconds))
  return new Response(JSON.stringify(body), { status: refusal.status, headers })
}

/**
 * The kind says whose move it is. A refusal of Seatkeeper's own is never about the distributor's
 * credentials, so it is never `auth` or `forbidden` (those send the user to the distributor's portal).
 */
function kindOf(status: number): DistributorErrorKind {
  if (status === 404) return 'not-found'
  if (status === 429) return 'rate-limited'
  if (status >= 500) return 'unavailable'
  return 'request'
}

/** "POST /licenses/v2/find": the distributor path after /upstream, never the query. */
function callOf(method: string, url: string): string {
  const raw = '/' + new URL(url).pathname.split('/').slice(5).join('/')
  const path = readUpstreamPath(raw)
  return path.ok ? `${method} ${path.decoded}` : `${method} (refused path)`
}
