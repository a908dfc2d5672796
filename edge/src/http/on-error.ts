import { DistributorError } from '@seatkeeper/distributors'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { isProxyPath, proxyErrorResponse } from './proxy-error-response'
import { AppError, STATUS_FOR_KIND } from './app-error'
import { errorBody } from './error-body'

/** A refusal as the answer needs it: whatever threw it, and wherever it was thrown. */
export type Refusal = {
  status: number
  message: string
  field?: string
  retryAfterSeconds?: number
  /** On the proxy: the distributor's failure the refusal is about, which the browser rebuilds. */
  upstream?: DistributorError
}

/**
 * The Worker's one error handler. Code anywhere (routes, middleware, vault, integrator) throws an
 * AppError whose kind decides the status; the answer is always `{ error: { message, field? } }`
 * with Retry-After when the error gives one. On the distributor proxy the same refusal is marked
 * as Seatkeeper's own (proxy-error-response.ts). Anything else is a bug: the client gets a generic
 * but actionable message and the details (stack included) go only to the Worker log.
 */
export function onError(err: Error, c: Context): Response {
  // register-error.ts builds its own answer until the register's RPC returns typed results.
  if (err instanceof HTTPException && err.res && !isProxyPath(c.req.path)) return err.res
  const refusal = refusalOf(err, c)
  if (isProxyPath(c.req.path)) return proxyErrorResponse(refusal, c.req.method, c.req.url)
  const response = c.json(errorBody(refusal.message, refusal.field), refusal.status as 400)
  if (refusal.retryAfterSeconds !== undefined)
    response.headers.set('retry-after', String(refusal.retryAfterSeconds))
  return response
}

function refusalOf(err: Error, c: Context): Refusal {
  if (err instanceof AppError) {
    return {
      status: STATUS_FOR_KIND[err.kind],
      message: err.message,
      ...(err.field !== undefined ? { field: err.field } : {}),
      ...(err.retryAfterSeconds !== undefined ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
      ...(err.cause instanceof DistributorError ? { upstream: err.cause } : {}),
    }
  }
  // Hono's own refusals (a body that is not JSON).
  if (err instanceof HTTPException) {
    return {
      status: err.status,
      message: err.message || `The request failed with status ${err.status}.`,
    }
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, err)
  return {
    status: 500,
    message:
      `Seatkeeper hit an unexpected error while handling ${c.req.method} ${c.req.path}. ` +
      'Try again; if it keeps failing, the Worker log has the details.',
  }
}
