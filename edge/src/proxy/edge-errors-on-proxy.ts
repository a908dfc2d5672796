import {
  DistributorError,
  EDGE_ERROR_HEADER,
  type DistributorErrorKind,
} from '@seatkeeper/distributors'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { edgeErrorResponse } from './edge-error'
import { readUpstreamPath } from './read-upstream-path'
import { wasRelayed } from './relayed-answers'

/**
 * Mounted on /api/connections/:id/upstream/* ahead of every other /api middleware: whatever the
 * edge answers there that is not the distributor's relayed answer becomes an edge error
 * (`x-seatkeeper-error: 1`, `{ error: DistributorError }`). Without it the browser's
 * createProxyHttp reads the edge's own refusals (a write without the page's Origin, a missing
 * Access token, an unexpected failure) as the distributor's: a POST refused for its Origin was
 * reported as "ArrowSphere refused access (403)", sending the user to check ArrowSphere roles.
 */
export const edgeErrorsOnProxy: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  const answer = c.res
  if (answer.status < 400) return
  if (answer.headers.get(EDGE_ERROR_HEADER) === '1' || wasRelayed(c.req.raw)) return

  const call = callOf(c.req.method, c.req.url)
  const message =
    (await readMessage(answer)) ??
    `Seatkeeper refused ${call} (${answer.status}) before it reached the distributor.`
  const error = new DistributorError({
    kind: kindOf(answer.status),
    distributor: 'unknown',
    call,
    message,
    status: answer.status,
  })
  const retryAfter = answer.headers.get('retry-after')
  c.res = undefined
  c.res = edgeErrorResponse(error, answer.status)
  if (retryAfter !== null) c.res.headers.set('retry-after', retryAfter)
}

/**
 * The kind says whose move it is. None of these is about the distributor's credentials, so a
 * Seatkeeper refusal is never `auth` or `forbidden` (those send the user to the distributor's portal).
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

/** The edge's `{ error: { message } }`, when that is what the answer holds. */
async function readMessage(answer: Response): Promise<string | undefined> {
  try {
    const body = (await answer.clone().json()) as { error?: { message?: unknown } }
    const message = body?.error?.message
    return typeof message === 'string' && message !== '' ? message : undefined
  } catch {
    return undefined
  }
}
