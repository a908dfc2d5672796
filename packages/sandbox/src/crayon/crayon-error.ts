/**
 * Crayon's API error body: {ErrorCode, Message, Parameters, ObjectErrors} [C: crayon-api-sdk
 * Domain/Common/Error.cs], written camelCase like every other field on the wire [I].
 */
export function crayonError(
  status: number,
  errorCode: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ errorCode, message, parameters: {}, objectErrors: [] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  })
}

const CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
}

/** The fault middleware's error writer; a 429 carries Retry-After [I: Crayon documents none]. */
export function crayonFaultError(
  status: number,
  message: string,
  retryAfterSeconds?: number,
): Response {
  return crayonError(
    status,
    CODES[status] ?? 'Error',
    message,
    retryAfterSeconds !== undefined
      ? { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) }
      : {},
  )
}

/** IdentityServer's token errors are plain OIDC JSON, status 400 [I]. */
export function oidcError(error: string): Response {
  return new Response(JSON.stringify({ error }), {
    status: 400,
    headers: { 'content-type': 'application/json' },
  })
}
