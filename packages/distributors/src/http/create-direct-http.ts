import type {
  AuthContext,
  AuthHeaders,
  ConnectionCredentials,
  DistributorAdapter,
  Endpoints,
  ErrorReading,
  RuntimeEnv,
  TokenCache,
} from '../adapter'
import { DistributorError } from '../errors'
import { buildUrl } from './build-url'
import { errorForStatus, type CallSite } from './error-for-status'
import { createMemoryTokenCache } from './memory-token-cache'
import { parseJsonBody } from './parse-json-body'
import { readRetryAfter } from './read-retry-after'
import { realSleep } from './real-sleep'
import { redactSecrets } from './redact-secrets'
import { sendFetch } from './send-fetch'
import { createRetryPolicy, type Attempt, type ClientClock } from './retry-policy'
import { createTokenBucket, type TokenBucket } from './token-bucket'
import type { DistributorHttp, FetchLike, HttpRequest, HttpResponse } from './types'

export type DirectHttpOptions = {
  adapter: DistributorAdapter
  credentials: ConnectionCredentials
  fetch: FetchLike
  /** The connection id: tokens are cached under it. */
  cacheKey: string
  /** Default: a new in-memory cache. */
  cache?: TokenCache
  /** Passed to adapter.endpoints(config, env). */
  env?: RuntimeEnv
  /** Default true: pace calls to adapter.rateLimit. */
  pace?: boolean
} & ClientClock

/** Upstream calls made (retries and token exchanges included), retries, and ms spent waiting. */
export type HttpStats = { calls: number; retries: number; waitedMs: number }

/**
 * The edge's client for one connection: calls the distributor directly with the adapter's auth,
 * logs in again once when the session has expired, retries what is safe to retry, paces itself
 * to the distributor's rate limit, and turns every failure into a DistributorError.
 */
export function createDirectHttp(
  options: DirectHttpOptions,
): DistributorHttp & { readonly stats: HttpStats } {
  const { adapter, credentials, cacheKey } = options
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? realSleep
  const cache = options.cache ?? createMemoryTokenCache()
  const timeoutMs = options.timeoutMs ?? 30_000
  const policy = createRetryPolicy({
    options: options.retry,
    sleep,
    random: options.random ?? Math.random,
  })
  const limit = adapter.rateLimit
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

  const login = async (
    ctx: AuthContext,
    site: CallSite,
  ): Promise<{ headers: AuthHeaders } | { error: DistributorError; sent: false }> => {
    try {
      return { headers: await adapter.authorize(ctx) }
    } catch (error) {
      const failure =
        error instanceof DistributorError
          ? error
          : new DistributorError({
              kind: 'unavailable',
              distributor: adapter.id,
              call: site.call,
              message: `${adapter.label} could not be logged in to before ${site.call} (network error). The distributor may be down; try again later.`,
            })
      return { error: failure, sent: false }
    }
  }

  async function attempt(
    req: HttpRequest,
    url: string,
    ctx: AuthContext,
    site: CallSite,
    state: { relogged: boolean },
  ): Promise<Attempt> {
    let auth: AuthHeaders = {}
    if (!req.anonymous) {
      const result = await login(ctx, site)
      if ('error' in result) return result
      auth = result.headers
    }
    if (bucket) pacedMs += await bucket.take()
    calls++
    const body = req.body === undefined ? undefined : JSON.stringify(req.body)
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...req.headers,
      ...auth,
    }
    let res: HttpResponse
    try {
      res = await sendFetch(
        options.fetch,
        url,
        { method: req.method, headers, ...(body !== undefined ? { body } : {}) },
        timeoutMs,
        site,
      )
    } catch (error) {
      return { error: error as DistributorError, sent: true }
    }
    const reading = readError(res)
    if (!req.anonymous && (res.status === 401 || reading?.sessionExpired)) {
      if (!state.relogged) {
        state.relogged = true
        cache.delete(cacheKey)
        return attempt(req, url, ctx, site, state)
      }
      if (res.status !== 401) {
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
      const ctx: AuthContext = {
        fetch: countedFetch,
        credentials,
        endpoints: ends,
        cache,
        cacheKey,
        now,
      }
      const idempotent = req.method === 'GET' || req.idempotent === true
      const state = { relogged: false }
      const { response, retryAfterMs } = await policy.run(idempotent, () =>
        attempt(req, url, ctx, site, state),
      )
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

  return {
    distributor: adapter.id,
    config: credentials.config,
    stats,
    request,
    async json(req) {
      return parseJsonBody(await request(req), {
        distributor: adapter.id,
        label: adapter.label,
        call: req.call,
      })
    },
  }
}
