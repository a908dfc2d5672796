import { DistributorError } from '../errors'
import type { CallSite } from './error-for-status'
import { readCappedBody } from './read-capped-body'
import type { FetchLike, HttpResponse } from './types'

export type FetchInit = {
  method: string
  headers: Record<string, string>
  body?: string | Uint8Array<ArrayBuffer>
  /** The caller's own deadline, on top of `timeoutMs`. */
  signal?: AbortSignal
}

/** An answer as it came: status, headers and the body's bytes. */
export type RawAnswer = { status: number; headers: Headers; body: Uint8Array<ArrayBuffer> }

/**
 * One fetch with a timeout and redirects never followed, its body read up to `maxBytes`. A
 * network failure or timeout comes back as an 'unavailable' DistributorError (thrown), a body
 * over the cap as a 'contract' one, with no URL or header in either.
 */
export async function fetchAnswer(
  fetch: FetchLike,
  url: string,
  init: FetchInit,
  timeoutMs: number,
  site: CallSite,
  maxBytes = Infinity,
): Promise<RawAnswer> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const { signal: callerSignal, ...request } = init
  const signal = callerSignal
    ? AbortSignal.any([controller.signal, callerSignal])
    : controller.signal
  try {
    const res = await fetch(url, { ...request, redirect: 'manual', signal })
    // Browsers hide a manual redirect as an opaque response with status 0; report it as a 3xx.
    // (Workers' Response.type has no 'opaqueredirect', hence the widening for the edge's types.)
    const status = (res.type as string) === 'opaqueredirect' || res.status === 0 ? 302 : res.status
    const body = await readCappedBody(res.body, maxBytes, res.headers.get('content-length'))
    if (body === 'too-large') {
      throw new DistributorError({
        kind: 'contract',
        distributor: site.distributor,
        call: site.call,
        status,
        message: `${site.label} answered ${site.call} with more than ${Math.round(maxBytes / 1_000_000)} MB, more than Seatkeeper reads in one answer. Report this as a Seatkeeper bug.`,
      })
    }
    return { status, headers: res.headers, body }
  } catch (error) {
    if (error instanceof DistributorError) throw error
    throw new DistributorError({
      kind: 'unavailable',
      distributor: site.distributor,
      call: site.call,
      message: timedOut
        ? `${site.label} did not answer within ${Math.round(timeoutMs / 1000)} s on ${site.call}. The distributor may be slow or down; try again later.`
        : `${site.label} could not be reached on ${site.call} (network error). Check the machine's internet connection; the distributor may also be down.`,
    })
  } finally {
    clearTimeout(timer)
  }
}

/** fetchAnswer with the body as text: what the adapters read. */
export async function sendFetch(
  fetch: FetchLike,
  url: string,
  init: FetchInit,
  timeoutMs: number,
  site: CallSite,
): Promise<HttpResponse> {
  const answer = await fetchAnswer(fetch, url, init, timeoutMs, site)
  return { status: answer.status, headers: answer.headers, text: textOf(answer.body) }
}

export function textOf(body: Uint8Array): string {
  return new TextDecoder().decode(body)
}
