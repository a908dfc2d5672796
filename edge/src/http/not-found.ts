import type { Context } from 'hono'
import { errorBody } from './error-body'

/**
 * The answer for a request no route matched. Under /api it is the API's JSON error shape. Other
 * paths reach the Worker only when the asset server had no file and did not fall back to the SPA
 * (a browser's own requests like /favicon.ico are not navigations), so they get a plain 404.
 */
export function notFound(c: Context): Response {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
    return c.json(
      errorBody(`There is no ${c.req.method} ${c.req.path} in the Seatkeeper API. Check the path.`),
      404,
    )
  }
  return c.text(`There is no file at ${c.req.path}.`, 404)
}
