import { ApiError } from '../api/api-error'

/** What GET /api/health answers when the Worker is serving. */
export type Health = { ok: true; service: string }

/**
 * Checks the shape of /api/health's answer. Hand-written because web/ has no valibot dependency
 * yet; once it does, this becomes a valibot schema like every other boundary.
 */
export function parseHealth(body: unknown): Health {
  if (
    typeof body === 'object' &&
    body !== null &&
    'ok' in body &&
    body.ok === true &&
    'service' in body &&
    typeof body.service === 'string'
  ) {
    return { ok: true, service: body.service }
  }
  throw new ApiError(
    'GET /api/health answered, but not with { ok: true, service }. The web app and the Worker ' +
      'are probably from different builds: run `pnpm build` and reload.',
    200,
  )
}
