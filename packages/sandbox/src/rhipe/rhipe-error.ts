/**
 * PRISM's API is ASP.NET Web API: errors are `{ "Message": "…" }` (fixture error-401.json; the
 * shape of other statuses is [I]). Retry-After is standard HTTP.
 */
export function rhipeError(status: number, message: string, retryAfterSeconds?: number): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds)
  if (status === 401) headers['www-authenticate'] = 'Bearer'
  return new Response(JSON.stringify({ Message: message }), { status, headers })
}

/** IdentityServer's token-endpoint errors are OAuth2's `{ "error": "…" }` (RFC 6749 §5.2). */
export function oauthError(error: string): Response {
  return new Response(JSON.stringify({ error }), {
    status: 400,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
}

export const DENIED = 'Authorization has been denied for this request.'
