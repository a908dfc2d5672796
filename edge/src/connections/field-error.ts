import { HTTPException } from 'hono/http-exception'

/**
 * A 400 naming the input at fault (docs/api.md: `{error: {message, field}}`). The response is built
 * here because onError's own body carries only a message.
 */
export function fieldError(field: string | undefined, message: string): HTTPException {
  const error = field === undefined ? { message } : { message, field }
  return new HTTPException(400, { res: Response.json({ error }, { status: 400 }) })
}
