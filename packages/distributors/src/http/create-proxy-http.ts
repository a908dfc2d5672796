import { EDGE_ERROR_HEADER, ProxyErrorBodySchema } from '@seatkeeper/core'
import * as v from 'valibot'
import type { DistributorAdapter } from '../adapter'
import { DistributorError } from '../errors'
import { buildUrl } from './build-url'
import { errorForStatus, type CallSite } from './error-for-status'
import { parseJsonBody } from './parse-json-body'
import { readRetryAfter } from './read-retry-after'
import { createRetryPolicy, type ClientClock } from './retry-policy'
import { sendFetch } from './send-fetch'
import { createTokenBucket, type TokenBucket } from './token-bucket'
import type {
  DistributorHttp,
  FetchLike,
  HttpRequest,
  HttpResponse,
  HttpStats,
  PageProgress,
} from './types'
import { realSleep } from './real-sleep'

export type ProxyHttpOptions = {
  distributor: string
  label: string
  connectionId: string
  fetch: FetchLike
  /** Origin of the edge API; '' when the page is served by it. */
  apiBase?: string
  /** The adapter's rateLimit: the edge serves each call on its own, so the browser paces the listing. */
  rateLimit?: { requestsPerSecond: number; burst: number }
  /** The connection's plain settings, for adapters whose calls need one (`DistributorHttp.config`). */
  config?: Readonly<Record<string, string>>
  /**
   * The adapter's readError and hints: a relayed answer whose body names the failure (an ALSO
   * Sender fault sent with 500) is decided by the body here too, as on the edge's direct client.
   */
  readError?: DistributorAdapter['readError']
  hints?: DistributorAdapter['hints']
  /** Where a paged listing says how far it is (DistributorHttp.onPage). */
  onPage?: PageProgress
} & ClientClock

// The edge marks the proxy answers it wrote itself (not relayed from the distributor) with this
// header and ProxyErrorBodySchema, both from core's api/proxy.ts.
export { EDGE_ERROR_HEADER }

/**
 * The browser's client for one connection: every call goes through the edge's upstream proxy,
 * which adds the credentials (the browser never holds them). Retries are the same as the direct
 * client's, from the same code.
 */
export function createProxyHttp(
  options: ProxyHttpOptions,
): DistributorHttp & { readonly stats: HttpStats } {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? realSleep
  const timeoutMs = options.timeoutMs ?? 60_000
  const policy = createRetryPolicy({
    options: options.retry,
    sleep,
    random: options.random ?? Math.random,
  })
  const limit = options.rateLimit
  const bucket: TokenBucket | undefined =
    limit && limit.requestsPerSecond > 0 && Number.isFinite(limit.requestsPerSecond)
      ? createTokenBucket({ ...limit, now, sleep })
      : undefined
  let calls = 0
  let pacedMs = 0
  const base = `${(options.apiBase ?? '').replace(/\/+$/, '')}/api/connections/${encodeURIComponent(options.connectionId)}/upstream`
  // buildUrl needs an absolute base to check the path against; a same-origin apiBase has none.
  const origin = base.startsWith('/') ? 'http://same-origin.invalid' : ''

  const edgeError = (res: HttpResponse, site: CallSite): DistributorError | undefined => {
    if (res.headers.get(EDGE_ERROR_HEADER) !== '1') return undefined
    let body: unknown
    try {
      body = JSON.parse(res.text)
    } catch {
      return undefined
    }
    const parsed = v.safeParse(ProxyErrorBodySchema, body)
    if (!parsed.success) return undefined
    const e = parsed.output.error
    return new DistributorError({
      kind: e.kind,
      distributor: options.distributor,
      call: e.call ?? site.call,
      message: e.message,
      status: e.status ?? res.status,
      ...(e.retryAfterMs !== undefined ? { retryAfterMs: e.retryAfterMs } : {}),
      ...(e.field !== undefined ? { field: e.field } : {}),
    })
  }

  // Only answers the distributor wrote are the adapter's to read; the edge's own carry its mark.
  const relayedReading = (res: HttpResponse) =>
    res.headers.get(EDGE_ERROR_HEADER) === '1' ? undefined : options.readError?.(res)

  async function request(req: HttpRequest): Promise<HttpResponse> {
    const site: CallSite = {
      distributor: options.distributor,
      label: options.label,
      call: req.call,
    }
    const url = buildUrl(origin + base, req.path, req.query, site).slice(origin.length)
    const body = req.body === undefined ? undefined : JSON.stringify(req.body)
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...req.headers,
    }
    const idempotent = req.method === 'GET' || req.idempotent === true
    const { response, retryAfterMs } = await policy.run(idempotent, async () => {
      if (bucket) pacedMs += await bucket.take()
      calls++
      try {
        const res = await sendFetch(
          options.fetch,
          url,
          { method: req.method, headers, ...(body !== undefined ? { body } : {}) },
          timeoutMs,
          site,
        )
        const reading = relayedReading(res)
        // A body that names the failure decides it over the status: a request the distributor
        // refused is reported at once, never retried as an outage (the direct client's rule).
        if (reading?.kind !== undefined && res.status >= 400 && !reading.sessionExpired) {
          return {
            error: errorForStatus({
              ...site,
              status: res.status,
              kind: reading.kind,
              ...(options.hints ? { hints: options.hints } : {}),
              ...(reading.detail ? { detail: reading.detail } : {}),
            }),
            sent: true,
          }
        }
        const asked =
          readRetryAfter(res.headers, now()) ??
          edgeError(res, site)?.retryAfterMs ??
          reading?.retryAfterMs
        return { response: res, ...(asked !== undefined ? { retryAfterMs: asked } : {}) }
      } catch (error) {
        return { error: error as DistributorError, sent: true }
      }
    })
    if (response.status >= 200 && response.status < 300) return response
    throw (
      edgeError(response, site) ??
      errorForStatus({
        ...site,
        status: response.status,
        ...(options.hints ? { hints: options.hints } : {}),
        ...(relayedReading(response)?.detail ? { detail: relayedReading(response)!.detail! } : {}),
        ...(response.status === 429 && retryAfterMs !== undefined ? { retryAfterMs } : {}),
      })
    )
  }

  return {
    distributor: options.distributor,
    ...(options.config ? { config: options.config } : {}),
    ...(options.onPage ? { onPage: options.onPage } : {}),
    stats: {
      get calls() {
        return calls
      },
      get retries() {
        return policy.stats.retries
      },
      get waitedMs() {
        return policy.stats.waitedMs + pacedMs
      },
    },
    request,
    async json(req) {
      return parseJsonBody(await request(req), {
        distributor: options.distributor,
        label: options.label,
        call: req.call,
      })
    },
  }
}
