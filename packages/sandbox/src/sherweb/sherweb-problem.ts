/*
 * Sherweb's API answers errors as RFC 7807 ProblemDetails [C: Public-Apis ProblemDetails.cs];
 * `type` points at the RFC section of the status, as ASP.NET Core writes it (fixtures error-401/429).
 */
const TYPES: Record<number, string> = {
  400: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
  401: 'https://tools.ietf.org/html/rfc7235#section-3.1',
  403: 'https://tools.ietf.org/html/rfc7231#section-6.5.3',
  404: 'https://tools.ietf.org/html/rfc7231#section-6.5.4',
  429: 'https://tools.ietf.org/html/rfc6585#section-4',
  500: 'https://tools.ietf.org/html/rfc7231#section-6.6.1',
  502: 'https://tools.ietf.org/html/rfc7231#section-6.6.3',
  503: 'https://tools.ietf.org/html/rfc7231#section-6.6.4',
  504: 'https://tools.ietf.org/html/rfc7231#section-6.6.5',
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/**
 * A ProblemDetails answer. `instance` (the request path, as in the fixtures) is added by
 * withProblemInstance, which knows the request; the fault middleware's answers get it the same way.
 */
export function sherwebProblem(
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const body = {
    type: TYPES[status] ?? 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  })
}

/**
 * The fault middleware's error writer. A 429 says its wait in the detail [C, community:
 * "Try again in N seconds"] and in Retry-After [I: API Management sends one].
 */
export function sherwebFaultError(
  status: number,
  message: string,
  retryAfterSeconds?: number,
): Response {
  return sherwebProblem(
    status,
    message,
    retryAfterSeconds !== undefined
      ? { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) }
      : {},
  )
}
