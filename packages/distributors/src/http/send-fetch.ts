import { DistributorError } from '../errors'
import type { CallSite } from './error-for-status'
import type { FetchLike, HttpResponse } from './types'

/**
 * One fetch with a timeout and redirects never followed, read to text. A network failure or
 * timeout comes back as an 'unavailable' DistributorError (thrown), with no URL or header in it.
 */
export async function sendFetch(
  fetch: FetchLike,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
  timeoutMs: number,
  site: CallSite,
): Promise<HttpResponse> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  try {
    const res = await fetch(url, { ...init, redirect: 'manual', signal: controller.signal })
    // Browsers hide a manual redirect as an opaque response with status 0; report it as a 3xx.
    // (Workers' Response.type has no 'opaqueredirect', hence the widening for the edge's types.)
    const status = (res.type as string) === 'opaqueredirect' || res.status === 0 ? 302 : res.status
    const text = await res.text()
    return { status, headers: res.headers, text }
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
