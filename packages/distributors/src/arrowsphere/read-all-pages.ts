import type { Listing } from '../adapter'
import { readLaterPages } from '../http'
import type { DistributorHttp } from '../http/types'

/** One page of a listing, whatever the envelope's casing (snake_case or camelCase pagination). */
export type Page<T> = { items: T[]; totalPages: number; total?: number | null }

// The official SDKs read 100 per page. Four pages in flight lists a large account quickly while the
// shared client's pacing keeps the calls under the rate limit.
export const PAGE_SIZE = 100
const PAGES_IN_FLIGHT = 4

/**
 * Every page of a page-numbered ArrowSphere listing: page 1 says how many pages there are, the rest
 * are read concurrently (bounded). Failures are thrown by the client, never swallowed. The listing
 * is complete only when the pages agree with each other and with the total they announce: records
 * deleted while paging shift later ones onto pages already read, and those would go missing.
 */
export async function readAllPages<T>(
  http: DistributorHttp,
  readPage: (page: number) => Promise<Page<T>>,
  keyOf: (item: T) => string,
  noun: string,
): Promise<Listing<T>> {
  const first = await readPage(1)
  const later = Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, i) => i + 2)
  const pages = await readLaterPages(http, first, later, PAGES_IN_FLIGHT, readPage)

  const problems: string[] = []
  const seen = new Set<string>()
  const items: T[] = []
  for (const page of pages) {
    for (const item of page.items) {
      const key = keyOf(item)
      if (seen.has(key)) continue
      seen.add(key)
      items.push(item)
    }
  }
  const totals = new Set(pages.map((page) => page.total ?? undefined))
  if (totals.size > 1 || pages.some((page) => page.totalPages !== first.totalPages)) {
    problems.push(
      `The ${noun} list changed while it was being read; run again for a complete list.`,
    )
  } else if (typeof first.total === 'number' && items.length < first.total) {
    problems.push(
      `ArrowSphere announced ${first.total} ${noun} but listed ${items.length}; some were not read.`,
    )
  }
  return { items, complete: problems.length === 0, problems }
}
