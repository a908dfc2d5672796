import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * What a write must look like (docs/api.md "Writes"): the page's own Origin, and a JSON body.
 * Together they shut out cross-site forms and scripts: a form cannot send application/json, and a
 * script on another site cannot forge Origin. Reads pass untouched.
 */
export const sameOriginJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!WRITES.has(c.req.method)) return next()
  const origin = c.req.header('origin')
  if (origin !== new URL(c.req.url).origin) {
    throw new AppError(
      'forbidden',
      `Seatkeeper refuses cross-origin writes: a ${c.req.method} must come from Seatkeeper's own ` +
        'pages (its Origin header must be this site). Make the change from the Seatkeeper app.',
    )
  }
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (mediaType !== 'application/json') {
    throw new AppError(
      'unsupported-media',
      `A ${c.req.method} to the Seatkeeper API must send a JSON body with ` +
        'Content-Type: application/json (send {} when there is nothing to say).',
    )
  }
  return next()
}
