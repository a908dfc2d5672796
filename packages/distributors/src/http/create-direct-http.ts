import type {
  AuthContext,
  AuthHeaders,
  ConnectionCredentials,
  UpstreamConnector,
  Endpoints,
  ErrorReading,
  RotatingSecrets,
  RuntimeEnv,
  TokenCache,
} from '../adapter'
import { DistributorError } from '../errors'
import { buildUrl } from './build-url'
import { errorForStatus, type CallSite } from './error-for-status'
import { createMemoryRotation } from './create-memory-rotation'
import { createMemoryTokenCache } from './memory-token-cache'
import { parseJsonBody } from './parse-json-body'
import { readRetryAfter } from './read-retry-after'
import { realSleep } from './real-sleep'
import { redactSecrets } from './redact-secrets'
import {
  fetchAnswer,
  fetchAnswerOrStream,
  textOf,
  type FetchInit,
  type RawAnswer,
  type StreamedAnswer,
} from './send-fetch'
import { createRetryPolicy, type Attempt, type ClientClock } from './retry-policy'
import { createTokenBucket, type TokenBucket } from './token-bucket'
import type {
  DirectHttp,
  FetchLike,
  HttpRequest,
  HttpResponse,
  HttpStats,
  PageProgress,
  SendRequest,
} from './types'

export type DirectHttpOptions = {
  /** A distributor's or a PSA's adapter: the client needs only the connector part. */
  adapter: UpstreamConnector
  credentials: ConnectionCredentials
  fetch: FetchLike
  /** The connection id: tokens are cached under it. */
  cacheKey: string
  /** Default: a new in-memory cache. */
  cache?: TokenCache
  /** Passed to adapter.endpoints(config, env). */
  env?: RuntimeEnv
  /**
   * Where secrets that change on use (a rotating refresh token) are persisted; default: in memory,
   * starting from `credentials.secrets`. The edge passes the vault's.
   */
  rotation?: RotatingSecrets
  /** Default true: pace calls to adapter.rateLimit. */
  pace?: boolean
  /** Pace to this instead of adapter.rateLimit (the local sandbox's scaled rate, for benches). */
  rateLimit?: { requestsPerSecond: number; burst: number }
  /** Where a paged listing says how far it is (DistributorHttp.onPage). */
  onPage?: PageProgress
} & ClientClock

/**
 * The edge's client for one connection: calls the distributor directly with the adapter's auth,
 * logs in again once when the session has expired, retries what is safe to retry, paces itself
 * to the distributor's rate limit, and turns every failure into a DistributorError.
 */
export function createDirectHttp(options: DirectHttpOptions): DirectHttp {
  const { adapter, credentials, cacheKey } = options
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? realSleep
  const cache = options.cache ?? createMemoryTokenCache()
  const rotation = options.rotation ?? createMemoryRotation(credentials.secrets)
  const timeoutMs = options.timeoutMs ?? 30_000
  const policy = createRetryPolicy({
    options: options.retry,
    sleep,
    random: options.random ?? Math.random,
  })
  const limit = options.rateLimit ?? adapter.rateLimit
  const bucket: TokenBucket | undefined =
    options.pace !== false &&
    limit.requestsPerSecond > 0 &&
    Number.isFinite(limit.requestsPerSecond)
      ? createTokenBucket({
          requestsPerSecond: limit.requestsPerSecond,
          burst: limit.burst,
          now,
          sleep,
        })
      : undefined
  let calls = 0
  let pacedMs = 0
  const stats: HttpStats = {
    get calls() {
      return calls
    },
    get retries() {
      return policy.stats.retries
    },
    get waitedMs() {
      return policy.stats.waitedMs + pacedMs
    },
  }
  // Token exchanges made by adapter.authorize count as calls and never follow redirects either.
  const countedFetch: FetchLike = (input, init) => {
    calls++
    return options.fetch(input, { redirect: 'manual', ...init })
  }

  let endpoints: Endpoints | undefined
  const resolveEndpoints = (site: CallSite): Endpoints => {
    if (endpoints) return endpoints
    try {
      endpoints = adapter.endpoints(credentials.config, options.env)
      return endpoints
    } catch (error) {
      if (error instanceof DistributorError) throw error
      throw new DistributorError({
        kind: 'request',
        distributor: adapter.id,
        call: site.call,
        message: `${adapter.label}: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  }

  const readError = (res: HttpResponse): ErrorReading | undefined => {
    try {
      return adapter.readError?.(res)
    } catch {
      // An error body of a shape the adapter did not expect must not hide the status behind it.
      return undefined
    }
  }

  const login = async (ctx: AuthContext, site: CallSite): Promise<AuthHeaders> => {
    try {
      return await adapter.authorize(ctx)
    } catch (error) {
      if (error instanceof DistributorError) throw error
      throw new DistributorError({
        kind: 'unavailable',
        distributor: adapter.id,
        call: site.call,
        message: `${adapter.label} could not be logged in to before ${site.call} (network error). The distributor may be down; try again later.`,
      })
    }
  }

  /**
   * One call with the connection's auth (the cached token; after a 401 or an expired session, one
   * fresh login and the call once more), redirects never followed, paced, counted. The answer is
   * whatever the distributor said, read by `fetchOne`; a refused login or a network failure is
   * thrown. A streamed answer is a 2xx too long to be a fault, so it is never read as an expired
   * session.
   */
  async function sendOnce<A extends RawAnswer | StreamedAnswer>(
    req: SendRequest,
    site: CallSite,
    fetchOne: (init: FetchInit) => Promise<A>,
    relogged = false,
  ): Promise<{ answer: A; relogged: boolean }> {
    let auth: AuthHeaders = {}
    if (!req.anonymous) {
      const ctx: AuthContext = {
        fetch: (input, init) =>
          countedFetch(input, req.signal ? { ...init, signal: req.signal } : init),
        credentials,
        endpoints: resolveEndpoints(site),
        cache,
        cacheKey,
        now,
        rotation,
      }
      auth = await login(ctx, site)
    }
    if (bucket) pacedMs += await bucket.take()
    calls++
    const answer = await fetchOne({
      method: req.method,
      headers: { ...req.headers, ...auth },
      ...(req.body !== undefined ? { body: req.body } : {}),
      ...(req.signal ? { signal: req.signal } : {}),
    })
    if (!req.anonymous && !relogged && (answer.status === 401 || sessionExpired(answer))) {
      if ('stream' in answer) await answer.stream.cancel().catch(() => {})
      cache.delete(cacheKey)
      return sendOnce(req, site, fetchOne, true)
    }
    return { answer, relogged }
  }

  const sessionExpired = (answer: RawAnswer | StreamedAnswer): boolean =>
    'body' in answer &&
    readError({ status: answer.status, headers: answer.headers, text: textOf(answer.body) })
      ?.sessionExpired === true

  async function attempt(req: HttpRequest, url: string, site: CallSite): Promise<Attempt> {
    const body = req.body === undefined ? undefined : JSON.stringify(req.body)
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...req.headers,
    }
    let sent: { answer: RawAnswer; relogged: boolean }
    try {
      sent = await sendOnce(
        {
          call: req.call,
          method: req.method,
          url,
          headers,
          ...(body !== undefined ? { body } : {}),
          ...(req.anonymous ? { anonymous: true } : {}),
        },
        site,
        (init) => fetchAnswer(options.fetch, url, init, timeoutMs, site),
      )
    } catch (error) {
      return { error: error as DistributorError, sent: true }
    }
    const res: HttpResponse = {
      status: sent.answer.status,
      headers: sent.answer.headers,
      text: textOf(sent.answer.body),
    }
    const reading = readError(res)
    if (sent.relogged && reading?.sessionExpired && res.status !== 401) {
      return {
        error: new DistributorError({
          kind: 'auth',
          distributor: adapter.id,
          call: site.call,
          status: res.status,
          message: `${adapter.label} ended the session again right after a fresh login on ${site.call}. ${adapter.hints.auth ?? 'Check the credentials saved on this connection.'}`,
        }),
        sent: true,
      }
    }
    // A body that names the failure decides it over the status (an ALSO Sender fault sent with
    // 500): a request the distributor refused is reported at once, never retried as an outage.
    if (reading?.kind !== undefined && res.status >= 400 && !reading.sessionExpired) {
      return {
        error: errorForStatus({
          ...site,
          status: res.status,
          kind: reading.kind,
          hints: adapter.hints,
          ...(reading.detail ? { detail: reading.detail } : {}),
        }),
        sent: true,
      }
    }
    const retryAfterMs = readRetryAfter(res.headers, now()) ?? reading?.retryAfterMs
    return { response: res, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) }
  }

  async function request(req: HttpRequest): Promise<HttpResponse> {
    const site: CallSite = { distributor: adapter.id, label: adapter.label, call: req.call }
    try {
      const ends = resolveEndpoints(site)
      const url = buildUrl(ends.baseUrl, req.path, req.query, site)
      const idempotent = req.method === 'GET' || req.idempotent === true
      const { response, retryAfterMs } = await policy.run(idempotent, () => attempt(req, url, site))
      if (response.status >= 200 && response.status < 300) return response
      const detail = readError(response)?.detail
      throw errorForStatus({
        ...site,
        status: response.status,
        hints: adapter.hints,
        ...(detail ? { detail } : {}),
        ...(response.status === 429 && retryAfterMs !== undefined ? { retryAfterMs } : {}),
      })
    } catch (error) {
      throw error instanceof DistributorError ? redactSecrets(error, credentials.secrets) : error
    }
  }

  /** DirectHttp.send: sendOnce read whole, or streamed when the call asks for it. */
  async function send(req: SendRequest): Promise<RawAnswer | StreamedAnswer> {
    const site: CallSite = { distributor: adapter.id, label: adapter.label, call: req.call }
    const maxBytes = req.maxBytes ?? Infinity
    const stream = req.stream
    try {
      const fetchOne = (init: FetchInit) =>
        stream
          ? fetchAnswerOrStream(options.fetch, req.url, init, timeoutMs, site, maxBytes, stream)
          : fetchAnswer(options.fetch, req.url, init, timeoutMs, site, maxBytes)
      return (await sendOnce(req, site, fetchOne)).answer
    } catch (error) {
      throw error instanceof DistributorError ? redactSecrets(error, credentials.secrets) : error
    }
  }

  return {
    distributor: adapter.id,
    config: credentials.config,
    ...(options.onPage ? { onPage: options.onPage } : {}),
    stats,
    request,
    // Overloaded in DirectHttp: only a call that asks for a stream can get one back.
    send: send as DirectHttp['send'],
    async json(req) {
      return parseJsonBody(await request(req), {
        distributor: adapter.id,
        label: adapter.label,
        call: req.call,
      })
    },
  }
}
