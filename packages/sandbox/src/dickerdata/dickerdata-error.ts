/**
 * How the simulated B2B API writes an error: ASP.NET Web API's default {"Message":"…"} body, the
 * shape a .NET host with PascalCase JSON gives; the real body is undocumented [I].
 */
export function dickerdataError(
  status: number,
  message: string,
  retryAfterSeconds?: number,
): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds)
  return new Response(JSON.stringify({ Message: message }), { status, headers })
}

/** The token exchange's refusal (fixtures/distributors/dickerdata/accesskey-denied.json), sent as 401 [I]. */
export function accessKeyDenied(): Response {
  return new Response(JSON.stringify({ AccessKey: null, Status: 'DENIED' }), {
    status: 401,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
