// The words ArrowSphere puts in `error` for each status (fixtures error-401.json, error-404.json).
const ERROR_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** An error as ArrowSphere answers it: `{status, error, messages}` (nodejs APIResponseError). */
export function arrowsphereErrorResponse(
  status: number,
  message: string,
  retryAfterSeconds?: number,
): Response {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (retryAfterSeconds !== undefined) headers.set('retry-after', String(retryAfterSeconds))
  const body = { status, error: ERROR_TEXT[status] ?? 'Error', messages: message }
  return new Response(JSON.stringify(body), { status, headers })
}
