import {
  createDirectHttp,
  DistributorError,
  type ConnectionCredentials,
  type RawAnswer,
  type RotatingSecrets,
  type RuntimeEnv,
  type StreamedAnswer,
  type TokenCache,
  type UpstreamConnector,
} from '@seatkeeper/distributors'
import { AppError, type ErrorKind } from '../http/app-error'

export type ForwardRequest = {
  /** A distributor's or a PSA's adapter: both are reached the same way. */
  adapter: UpstreamConnector
  /** Where the connection's token is cached: tokenCacheKey(connection), its id and record version. */
  cacheKey: string
  credentials: ConnectionCredentials
  /** Passed to adapter.endpoints, as for every other call of the connection. */
  env: RuntimeEnv
  cache: TokenCache
  /** Where a secret that changes on use is kept (the vault's); see adapter.ts RotatingSecrets. */
  rotation?: RotatingSecrets
  url: URL
  /** e.g. "GET /customers": names the call in errors, never with its query. */
  call: string
  method: string
  /** The browser's headers the proxy means to pass on (content-type, accept); auth is added here. */
  headers: Record<string, string>
  body?: Uint8Array<ArrayBuffer>
}

export type ForwardLimits = {
  /** Login, request and the answer's start (or all of a short answer) within this. */
  timeoutMs: number
  /** A non-2xx answer is read whole (the adapter reads it, the browser gets it): up to this. */
  maxErrorBytes: number
  /** A 2xx answer up to this is read whole, so an expired session sent with 200 is seen. */
  streamAbove: number
  /** A longer 2xx answer streams through, cut past this many bytes… */
  maxStreamedBytes: number
  /** …or when it has not ended this long after it started. */
  streamTimeoutMs: number
}

/**
 * One browser call forwarded to the distributor with the direct client's send(): the connection's
 * auth added (token from the isolate's cache; after a 401 or an expired session, one fresh login
 * and one retry), redirects never followed, secrets redacted from every error. A non-2xx or short
 * answer is read whole up to a cap; a long 2xx answer (a listing) comes back as a stream that
 * passes through one chunk at a time, counted against its own cap and deadline. No retries and
 * no pacing here: the browser's client does both. Everything up to the answer's start runs inside
 * one deadline. Resolves to the distributor's answer, whatever its status, to relay as it is; a
 * call that got no answer to relay throws an AppError whose cause is the DistributorError the
 * browser rebuilds (its `status` is the distributor's, if any).
 */
export async function forwardUpstream(
  req: ForwardRequest,
  limits: ForwardLimits,
): Promise<RawAnswer | StreamedAnswer> {
  const { adapter, call } = req
  const http = createDirectHttp({
    adapter,
    credentials: req.credentials,
    // Looked up at call time (tests replace globalThis.fetch).
    fetch: (input, init) => fetch(input, init),
    cacheKey: req.cacheKey,
    cache: req.cache,
    ...(req.rotation ? { rotation: req.rotation } : {}),
    env: req.env,
    pace: false,
    // The deadline below covers the whole call; the client's own per-fetch timeout is a backstop.
    timeoutMs: limits.timeoutMs + 1_000,
  })
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  // Raced against the call, so a fetch that ignores its signal cannot hold the request open.
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort()
      resolve('expired')
    }, limits.timeoutMs)
  })
  try {
    const answer = await Promise.race([
      http.send({
        call,
        method: req.method,
        url: req.url.toString(),
        headers: req.headers,
        ...(req.body !== undefined ? { body: req.body } : {}),
        maxBytes: limits.maxErrorBytes,
        stream: {
          above: limits.streamAbove,
          maxBytes: limits.maxStreamedBytes,
          timeoutMs: limits.streamTimeoutMs,
        },
        signal: controller.signal,
      }),
      expired,
    ])
    if (answer === 'expired') {
      throw refusal(
        req,
        'timeout',
        `${adapter.label} did not answer ${call} within ${Math.round(limits.timeoutMs / 1000)} s. The distributor may be slow or down; try again later.`,
      )
    }
    if (answer.status >= 300 && answer.status < 400) {
      throw refusal(
        req,
        'upstream',
        `${adapter.label} answered ${call} with a redirect (${answer.status}), and Seatkeeper never follows a distributor's redirect. ` +
          "Check the connection's region and environment; if they are right, report this as a Seatkeeper bug.",
        answer.status,
      )
    }
    return answer
  } catch (error) {
    if (!(error instanceof DistributorError)) throw error
    throw new AppError(ANSWER_FOR[error.kind], error.message, { cause: error })
  } finally {
    if (timer !== undefined) clearTimeout(timer)
  }
}

function refusal(req: ForwardRequest, kind: ErrorKind, message: string, status?: number): AppError {
  const error = new DistributorError({
    kind: kind === 'timeout' ? 'unavailable' : 'request',
    distributor: req.adapter.id,
    call: req.call,
    message,
    ...(status !== undefined ? { status } : {}),
  })
  return new AppError(kind, message, { cause: error })
}

// What the browser is answered when the call failed before the distributor answered it: a refused
// login is the user's to fix (401, 403, 400); a distributor down, rate limiting us or answering
// something unreadable is worth a retry (502, 429).
const ANSWER_FOR: Record<DistributorError['kind'], ErrorKind> = {
  auth: 'unauthenticated',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'rate-limited': 'rate-limited',
  unavailable: 'upstream',
  request: 'invalid',
  contract: 'upstream',
}
