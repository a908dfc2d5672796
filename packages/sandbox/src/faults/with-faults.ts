import type { MiddlewareHandler } from 'hono'
import { oneBasedPage, type PageReader } from './page-readers'
import type { FaultConfig } from './types'

/** How a distributor writes its errors and pages its listings, so injected faults look like its own. */
export type FaultStyle = {
  /** The distributor's error answer (ArrowSphere `{status,error,messages}`, ALSO's XML fault…). */
  error(status: number, message: string, retryAfterSeconds?: number): Response
  /** The query parameter carrying the page number. */
  pageParam: string
  /** Reads the 1-based page; default `oneBasedPage`. Use `zeroBasedPage` or `countListingCalls()`. */
  page?: PageReader
}

export type FaultClock = { now: () => number; sleep: (ms: number) => Promise<void> }

const realClock: FaultClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

// What a listing cut off mid-body and a proxy's own error page look like on the wire.
const TRUNCATED_JSON = '{"data":{"custo'
const HTML_ERROR_PAGE = '<html><body>502 Bad Gateway</body></html>'

/**
 * Hono middleware injecting the transport faults of FaultConfig: latency, the rate limit, failing
 * pages, refused writes, broken bodies. Token expiry and short listings depend on each API's auth and data, so
 * simulators apply those themselves (createTokenIssuer, applyShortListing).
 */
export function withFaults(
  faults: FaultConfig | undefined,
  style: FaultStyle,
  clock: FaultClock = realClock,
): MiddlewareHandler {
  const limit = faults?.rateLimit
  const capacity = limit ? Math.max(1, limit.burst ?? Math.ceil(limit.requestsPerSecond)) : 0
  let tokens = capacity
  let refilledAt = clock.now()
  let pageFailures = 0
  let badBodies = 0
  let refusals = 0
  const readPage = style.page ?? oneBasedPage

  return async (c, next) => {
    if (faults?.latencyMs) await clock.sleep(faults.latencyMs)

    if (limit) {
      const now = clock.now()
      tokens = Math.min(capacity, tokens + ((now - refilledAt) / 1000) * limit.requestsPerSecond)
      refilledAt = now
      if (tokens < 1) {
        const seconds =
          limit.retryAfterSeconds ?? Math.max(1, Math.ceil((1 - tokens) / limit.requestsPerSecond))
        return withRetryAfter(
          style.error(429, `Rate limit is exceeded. Try again in ${seconds} seconds.`, seconds),
          String(seconds),
        )
      }
      tokens -= 1
    }

    const failPage = faults?.failPage
    if (
      failPage &&
      pageFailures < (failPage.times ?? 1) &&
      readPage(c, style.pageParam) === failPage.page
    ) {
      pageFailures++
      const failed = style.error(failPage.status, `Injected failure of page ${failPage.page}.`)
      return failPage.retryAfter === undefined
        ? failed
        : withRetryAfter(failed, failPage.retryAfter)
    }

    const refuse = faults?.refuseWrite
    if (
      refuse &&
      c.req.method === refuse.method &&
      c.req.path.includes(refuse.pathIncludes) &&
      (refuse.times === undefined || refusals < refuse.times)
    ) {
      refusals++
      return style.error(
        refuse.status,
        refuse.message ?? `Injected refusal of ${refuse.method} ${refuse.pathIncludes}.`,
      )
    }

    const badBody = faults?.badBody
    // A broken body keeps coming until `times` is spent (default: every time), like a proxy's page.
    if (
      badBody &&
      (badBody.pathIncludes === undefined || c.req.path.includes(badBody.pathIncludes)) &&
      (badBody.times === undefined || badBodies < badBody.times)
    ) {
      badBodies++
      return badBody.kind === 'html'
        ? new Response(HTML_ERROR_PAGE, { status: 200, headers: { 'content-type': 'text/html' } })
        : new Response(TRUNCATED_JSON, {
            status: 200,
            headers: { 'content-type': 'application/json' },
          })
    }

    return next()
  }
}

// Every 429 carries Retry-After, whether or not the distributor's own error writer adds it.
function withRetryAfter(res: Response, value: string): Response {
  if (res.headers.has('retry-after')) return res
  const copy = new Response(res.body, res)
  copy.headers.set('retry-after', value)
  return copy
}
