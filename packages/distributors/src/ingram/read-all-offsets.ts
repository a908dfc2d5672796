import type { Listing } from '../adapter'
import { readLaterPages } from '../http'
import type { DistributorHttp } from '../http/types'
import { INGRAM_LABEL } from './calls'

/** One page of an offset/limit listing [C]: its records and the total the API announces. */
export type OffsetPage<T> = {
  items: T[]
  total: number
  /** The page size the API answered with, which may be less than asked for. */
  limit: number
  problems: string[]
}

/** The page size Seatkeeper asks for; the API's maximum is not documented [I]. */
export const PAGE_LIMIT = 100
const PAGES_IN_FLIGHT = 4

/**
 * Every page of an offset/limit listing: the first says the total, the rest are read concurrently
 * (bounded; the shared client paces them). The listing is complete only when every record was read,
 * the pages agree on the total and as many records came as were announced: records removed while
 * paging shift later ones onto pages already read, and those would go missing.
 */
export async function readAllOffsets<T>(
  http: DistributorHttp,
  readPage: (offset: number) => Promise<OffsetPage<T>>,
  keyOf: (item: T) => string,
  noun: string,
): Promise<Listing<T>> {
  const first = await readPage(0)
  // Steps by the limit the API says it used: a server capping the page size below what was asked
  // for would otherwise have records skipped between pages [I].
  const step = first.limit >= 1 ? Math.min(first.limit, PAGE_LIMIT) : PAGE_LIMIT
  const offsets: number[] = []
  for (let offset = step; offset < first.total; offset += step) offsets.push(offset)
  const pages = await readLaterPages(http, first, offsets, PAGES_IN_FLIGHT, readPage)

  const problems = pages.flatMap((page) => page.problems)
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
  const unreadable = pages.reduce((sum, page) => sum + page.problems.length, 0)
  if (pages.some((page) => page.total !== first.total)) {
    problems.push(
      `The ${noun} list changed while it was being read; run again for a complete list.`,
    )
  } else if (items.length + unreadable < first.total) {
    problems.push(
      `${INGRAM_LABEL} announced ${first.total} ${noun} but listed ${items.length + unreadable}; some were not read. Run again; if it persists, contact Ingram Micro support.`,
    )
  }
  return { items, complete: problems.length === 0, problems }
}
