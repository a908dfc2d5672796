import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { AppError, STATUS_FOR_KIND } from '../http/app-error'
import { errorBody } from './error-body'

/**
 * The Worker's single error handler. Routes signal expected failures with HTTPException and a
 * message written for the user; anything else is a bug, so the client gets a generic but
 * actionable message and the details (stack included) go only to the Worker log (`wrangler tail`).
 */
export function onError(err: Error, c: Context): Response {
  if (err instanceof AppError) {
    const error =
      err.field === undefined
        ? { message: err.message }
        : { message: err.message, field: err.field }
    return c.json({ error }, STATUS_FOR_KIND[err.kind])
  }
  if (err instanceof HTTPException) {
    // A route may have built the whole response itself (e.g. with Retry-After); keep it as it is.
    if (err.res) return err.res
    const message = err.message || `The request failed with status ${err.status}.`
    return c.json(errorBody(message), err.status)
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, err)
  return c.json(
    errorBody(
      `Seatkeeper hit an unexpected error while handling ${c.req.method} ${c.req.path}. ` +
        'Try again; if it keeps failing, the Worker log has the details.',
    ),
    500,
  )
}
