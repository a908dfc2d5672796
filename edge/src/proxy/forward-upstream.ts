import {
  DistributorError,
  type AuthHeaders,
  type ConnectionCredentials,
  type DistributorAdapter,
  type Endpoints,
  type FetchLike,
  type TokenCache,
  redactSecrets,
} from '@seatkeeper/distributors'
import type { ErrorKind } from '../http/app-error'
import { readCappedBody } from './read-capped-body'

export type ForwardRequest = {
  adapter: DistributorAdapter
  /** Where the connection's token is cached: tokenCacheKey(connection), its id and record version. */
  cacheKey: string
  credentials: ConnectionCredentials
  endpoints: Endpoints
  cache: TokenCache
  url: URL
  /** e.g. "GET /customers": names the call in errors, never with its query. */
  call: string
  method: string
  /** The browser's headers the proxy means to pass on (content-type, accept); auth is added here. */
  headers: Record<string, string>
  body?: Uint8Array
}

export type ForwardLimits = { timeoutMs: number; maxResponseBytes: number }

/** A distributor answer to relay as it is. */
export type Relayed = { status: number; headers: Headers; body: Uint8Array }

export type Forwarded =
  | { ok: true; relayed: Relayed }
  /** `kind` decides what the edge answers the browser; `error.status` is the distributor's, if any. */
  | { ok: false; error: DistributorError; kind: ErrorKind }

/**
 * One browser call forwarded to the distributor: the connection's auth added (token from the
 * isolate's cache; after a 401 or an expired session, one fresh login and one retry), redirects
 * never followed, the answer read up to a size cap, everything inside one deadline.
 */
export async function forwardUpstream(
  req: ForwardRequest,
  limits: ForwardLimits,
): Promise<Forwarded> {
  const { adapter, call } = req
  const fail = (
    kind: DistributorError['kind'],
    answer: ErrorKind,
    message: string,
    upstreamStatus?: number,
  ): Forwarded => ({
    ok: false,
    kind: answer,
    error: new DistributorError({
      kind,
      distributor: adapter.id,
      call,
      message,
      ...(upstreamStatus !== undefined ? { status: upstreamStatus } : {}),
    }),
  })

  const controller = new AbortController()
  let timer: number | undefined
  // Raced against every step, so a fetch that ignores its signal cannot hold the request open.
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new DeadlineError())
    }, limits.timeoutMs)
  })
  const withinDeadline = <T>(step: Promise<T>) => Promise.race([step, expired])
  // Looked up at call time (tests replace globalThis.fetch). The token exchange obeys the same rules.
  const send: FetchLike = (input, init) =>
    fetch(input, { ...init, redirect: 'manual', signal: controller.signal })

  try {
    for (let attempt = 1; ; attempt++) {
      let auth: AuthHeaders
      try {
        auth = await withinDeadline(
          adapter.authorize({
            fetch: send,
            credentials: req.credentials,
            endpoints: req.endpoints,
            cache: req.cache,
            cacheKey: req.cacheKey,
            now: Date.now,
          }),
        )
      } catch (error) {
        if (error instanceof DeadlineError) throw error
        if (error instanceof DistributorError) {
          const safe = redactSecrets(error, req.credentials.secrets)
          // A refused login is the user's to fix (401, 403, 400); a distributor that could not log
          // us in because it is down or rate limiting is worth a retry (502, 429).
          return { ok: false, error: safe, kind: LOGIN_REFUSAL[safe.kind] }
        }
        return fail(
          'unavailable',
          'upstream',
          `${adapter.label} could not be logged in to before ${call} (network error). The distributor may be down; try again later.`,
        )
      }

      let response: Response
      try {
        response = await withinDeadline(
          send(req.url.toString(), {
            method: req.method,
            headers: { ...req.headers, ...auth },
            ...(req.body !== undefined ? { body: req.body } : {}),
          }),
        )
      } catch (error) {
        if (error instanceof DeadlineError) throw error
        return fail(
          'unavailable',
          'upstream',
          `${adapter.label} could not be reached on ${call} (network error). The distributor may be down; try again later.`,
        )
      }

      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => {})
        return fail(
          'request',
          'upstream',
          `${adapter.label} answered ${call} with a redirect (${response.status}), and Seatkeeper never follows a distributor's redirect. ` +
            "Check the connection's region and environment; if they are right, report this as a Seatkeeper bug.",
          response.status,
        )
      }

      const body = await withinDeadline(
        readCappedBody(
          response.body,
          limits.maxResponseBytes,
          response.headers.get('content-length'),
        ),
      )
      if (body === 'too-large') {
        return fail(
          'contract',
          'upstream',
          `${adapter.label} answered ${call} with more than ${Math.round(limits.maxResponseBytes / 1_000_000)} MB, more than Seatkeeper relays in one answer. Report this as a Seatkeeper bug.`,
          response.status,
        )
      }

      if (attempt === 1 && sessionExpired(adapter, response, body)) {
        req.cache.delete(req.cacheKey)
        continue
      }
      return { ok: true, relayed: { status: response.status, headers: response.headers, body } }
    }
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error
    return fail(
      'unavailable',
      'timeout',
      `${adapter.label} did not answer ${call} within ${Math.round(limits.timeoutMs / 1000)} s. The distributor may be slow or down; try again later.`,
    )
  } finally {
    if (timer !== undefined) clearTimeout(timer)
  }
}

class DeadlineError extends Error {}

// What the browser is answered when the distributor refused to log us in: a refusal is the user's to
// fix (401, 403, 400), a distributor down or rate limiting us is worth a retry (502, 429).
const LOGIN_REFUSAL: Record<DistributorError['kind'], ErrorKind> = {
  auth: 'unauthenticated',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'rate-limited': 'rate-limited',
  unavailable: 'upstream',
  request: 'invalid',
  contract: 'upstream',
}

function sessionExpired(
  adapter: DistributorAdapter,
  response: Response,
  body: Uint8Array,
): boolean {
  if (response.status === 401) return true
  if (!adapter.readError) return false
  try {
    const text = new TextDecoder().decode(body)
    return (
      adapter.readError({ status: response.status, headers: response.headers, text })
        ?.sessionExpired === true
    )
  } catch {
    return false
  }
}
