// The `type` Pax8 writes per status (fixtures error-403.json: "Forbidden"); others follow HTTP [I].
const TYPES: Record<number, string> = {
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

/**
 * An API error as Pax8 answers it: `{type, message, instance, status, details[]}` [C: spec `Error`].
 * Pax8 documents no Retry-After [C]; withFaults adds one to its 429s regardless.
 */
export function pax8Error(
  status: number,
  message: string,
  instance = '',
  detail?: string,
): Response {
  const body = {
    type: TYPES[status] ?? 'Error',
    message,
    instance,
    status,
    details: detail ? [{ message: detail }] : [],
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}

/** The token endpoint's refusal [C: authentication spec example, fixtures token-error-401.json]. */
export function pax8TokenError(status = 401): Response {
  return new Response(
    JSON.stringify({ error: 'access_denied', error_description: 'Unauthorized' }),
    {
      status,
      headers: { 'content-type': 'application/json' },
    },
  )
}
