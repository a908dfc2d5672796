import type { Context } from 'hono'
import { AppError } from './app-error'

// A UUID is what the web sends; any short token of these characters is accepted from scripts.
const KEY = /^[A-Za-z0-9_.:-]{1,200}$/

/**
 * The request's `Idempotency-Key` header, or undefined when it has none; a malformed one is a 400
 * rather than a key ignored, which would quietly make the create repeatable again.
 */
export function idempotencyKey(c: Context): string | undefined {
  const key = c.req.header('idempotency-key')
  if (key === undefined) return undefined
  if (KEY.test(key)) return key
  throw new AppError(
    'invalid',
    'The Idempotency-Key header must be 1 to 200 letters, digits or "_.:-" (a UUID will do).',
    { field: 'Idempotency-Key' },
  )
}
