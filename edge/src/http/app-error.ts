/*
 * The one family of errors the edge refuses a request with. Plain classes (no Hono import), so
 * vault/, register/ and integrator/ can throw them; one onError maps a kind to its status and
 * answers with the one body shape, `{ error: { message, field? } }`.
 */

/** Every way the edge can refuse a request, in the words of what went wrong. */
export type ErrorKind =
  | 'invalid' // 400: the request is malformed or a value breaks a rule; `field` names it
  | 'unauthenticated' // 401: no or expired sign-in
  | 'forbidden' // 403: signed in, but not allowed (or a cross-origin write)
  | 'not-found' // 404
  | 'conflict' // 409: the register changed since the request was planned, or a duplicate
  | 'too-large' // 413: a body over its cap; the message gives the limit in words
  | 'unsupported-media' // 415: a write whose body is not JSON (or CSV where CSV is asked)
  | 'rate-limited' // 429: `retryAfterSeconds` says when to come back
  | 'upstream' // 502: a distributor or PSA failed or answered with something unreadable
  | 'unavailable' // 503: the edge itself is not set up (Access, a secret) or is busy
  | 'timeout' // 504: an upstream call chain ran past its deadline

export const STATUS_FOR_KIND = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'unsupported-media': 415,
  'rate-limited': 429,
  upstream: 502,
  unavailable: 503,
  timeout: 504,
} as const satisfies Record<ErrorKind, number>

export type AppErrorOptions = {
  /** The request field the message is about, e.g. "secrets.clientSecret" or "operations[3].after.quantity". */
  field?: string
  /** For 'rate-limited' and 'unavailable': seconds until a retry may succeed. */
  retryAfterSeconds?: number
  cause?: unknown
}

/** A refusal a user can act on: the message says what failed and what to do. */
export class AppError extends Error {
  readonly field?: string
  readonly retryAfterSeconds?: number

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'AppError'
    if (options.field !== undefined) this.field = options.field
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds
  }
}

/**
 * What an AppError is as plain data, for crossing a boundary that drops class identity (Durable
 * Object RPC keeps only an error's message): a typed result union carries this instead of a throw.
 */
export type AppErrorData = {
  kind: ErrorKind
  message: string
  field?: string
  retryAfterSeconds?: number
}

export function appErrorData(error: AppError): AppErrorData {
  return {
    kind: error.kind,
    message: error.message,
    ...(error.field === undefined ? {} : { field: error.field }),
    ...(error.retryAfterSeconds === undefined
      ? {}
      : { retryAfterSeconds: error.retryAfterSeconds }),
  }
}

export function appErrorFrom(data: AppErrorData): AppError {
  return new AppError(data.kind, data.message, data)
}

/** The result of an RPC call that can be refused: `ok` with a value, or the refusal as data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }
