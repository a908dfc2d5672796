/**
 * Ingram Micro's error body as the simulator writes it: `{code, message}` [I], the shape the
 * adapter's readError reads first.
 */
export function ingramError(status: number, message: string, retryAfterSeconds?: number): Response {
  const code =
    status === 401
      ? 'UNAUTHORIZED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : status === 429
            ? 'TOO_MANY_REQUESTS'
            : status >= 500
              ? 'INTERNAL_ERROR'
              : 'BAD_REQUEST'
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (retryAfterSeconds !== undefined)
    headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)))
  return new Response(JSON.stringify({ code, message }), { status, headers })
}
