import { mapConcurrent } from './map-concurrent'
import type { DistributorHttp } from './types'

/**
 * The pages after the first of a paged listing, `inFlight` at a time, in order, the first page
 * put before them; the client's `onPage` is told as each is read (the first counted), so a long
 * listing shows pages read of all. Every paged reader of every adapter reads its pages here.
 */
export async function readLaterPages<P, K>(
  http: DistributorHttp,
  first: P,
  later: readonly K[],
  inFlight: number,
  readPage: (key: K) => Promise<P>,
): Promise<P[]> {
  const total = later.length + 1
  let done = 1
  http.onPage?.(done, total)
  const rest = await mapConcurrent(later, inFlight, async (key) => {
    const page = await readPage(key)
    http.onPage?.(++done, total)
    return page
  })
  return [first, ...rest]
}
