import { DistributorError } from '../errors'
import type { CallSite } from './error-for-status'
import { readCappedBody } from './read-capped-body'
import { readOrStreamBody, type StreamLimits } from './read-or-stream-body'
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

/** A 2xx answer too long to read whole, handed on as it arrives (readOrStreamBody). */
export type StreamedAnswer = {
  status: number
  headers: Headers
  stream: ReadableStream<Uint8Array>
}

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
  return fetchAndRead(fetch, url, init, timeoutMs, site, (res, status) =>
    readWhole(res, status, site, maxBytes),
  )
}

/**
 * fetchAnswer for the edge's proxy: a 2xx answer longer than `stream.above` is not read whole but
 * comes back as a stream (capped at `stream.maxBytes`, within `stream.timeoutMs`), so an answer of
 * any size passes through holding one chunk at a time. Every other answer is read whole up to
 * `maxBytes`, as fetchAnswer reads it: what the edge inspects (an error body, a fault sent with
 * 200) is always small and whole.
 */
export async function fetchAnswerOrStream(
  fetch: FetchLike,
  url: string,
  init: FetchInit,
  timeoutMs: number,
  site: CallSite,
  maxBytes: number,
  stream: StreamLimits,
): Promise<RawAnswer | StreamedAnswer> {
  return fetchAndRead(fetch, url, init, timeoutMs, site, async (res, status, abort) => {
    if (status < 200 || status >= 300) return readWhole(res, status, site, maxBytes)
    const read = await readOrStreamBody(res.body, res.headers.get('content-length'), stream, {
      abort,
      tooLarge: () => tooLarge(site, status, stream.maxBytes),
      tooSlow: () =>
        new DistributorError({
          kind: 'unavailable',
          distributor: site.distributor,
          call: site.call,
          status,
          message: `${site.label} did not finish sending its answer to ${site.call} within ${Math.round(stream.timeoutMs / 1000)} s. The distributor may be slow; try again later.`,
        }),
      broken: () =>
        new DistributorError({
          kind: 'unavailable',
          distributor: site.distributor,
          call: site.call,
          status,
          message: `${site.label} stopped sending its answer to ${site.call} midway (network error). Try again; the distributor may be having trouble.`,
        }),
    })
    if (read === 'too-large') throw tooLarge(site, status, stream.maxBytes)
    return read instanceof Uint8Array
      ? { status, headers: res.headers, body: read }
      : { status, headers: res.headers, stream: read }
  })
}

/**
 * The fetch itself, `read` taking the answer within the same timeout; `abort` stops the fetch
 * later (a stream handed on outlives this call and its timer).
 */
async function fetchAndRead<T>(
  fetch: FetchLike,
  url: string,
  init: FetchInit,
  timeoutMs: number,
  site: CallSite,
  read: (res: Response, status: number, abort: () => void) => Promise<T>,
): Promise<T> {
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
    return await read(res, status, () => controller.abort())
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

async function readWhole(
  res: Response,
  status: number,
  site: CallSite,
  maxBytes: number,
): Promise<RawAnswer> {
  const body = await readCappedBody(res.body, maxBytes, res.headers.get('content-length'))
  if (body === 'too-large') throw tooLarge(site, status, maxBytes)
  return { status, headers: res.headers, body }
}

function tooLarge(site: CallSite, status: number, maxBytes: number): DistributorError {
  return new DistributorError({
    kind: 'contract',
    distributor: site.distributor,
    call: site.call,
    status,
    message: `${site.label} answered ${site.call} with more than ${Math.round(maxBytes / 1_000_000)} MB, more than Seatkeeper reads in one answer. Report this as a Seatkeeper bug.`,
  })
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
