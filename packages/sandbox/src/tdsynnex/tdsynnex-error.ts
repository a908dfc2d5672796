/**
 * ION's API error body. None is published: `{code, message}` is assumed [I], the shape the adapter
 * reads (and tolerates the absence of).
 */
export function tdsynnexError(
  status: number,
  message: string,
  retryAfterSeconds?: number,
): Response {
  return new Response(JSON.stringify({ code: status, message }), {
    status,
    headers: {
      'content-type': 'application/json',
      ...(retryAfterSeconds !== undefined
        ? { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) }
        : {}),
    },
  })
}

/** The token endpoint's OAuth error, RFC 6749 §5.2, status 400 [I]. */
export function tdsynnexOAuthError(error: string, description: string): Response {
  return new Response(JSON.stringify({ error, error_description: description }), {
    status: 400,
    headers: { 'content-type': 'application/json' },
  })
}
