import type * as v from 'valibot'
import type { Listing } from '../adapter'
import { parseResponse, readLaterPages } from '../http'
import type { DistributorHttp } from '../http/types'
import { PAX8_ID, PAX8_LABEL, PAX8_MAX_PAGE_SIZE } from './calls'
import type { Pax8Page } from './schemas'

// Page 0 says how many pages there are; the rest are read a few at a time while the shared client
// paces the calls to the rate limit, so a 3,000-company account takes seconds, not minutes.
const PAGES_IN_FLIGHT = 6

type Pax8PageBody<T> = { content: T[]; page: Pax8Page }

/**
 * Every page of a 0-based `page`/`size` listing [C: partner spec; devx "Pagination"], at the largest
 * size Pax8 allows (200). Complete only when the pages agree on their totals and the records add
 * up to `totalElements`: records removed while paging shift later ones onto pages already read.
 */
export async function readAllPax8Pages<T extends { id: string }>(
  http: DistributorHttp,
  o: {
    path: string
    call: string
    schema: v.GenericSchema<unknown, Pax8PageBody<T>>
    query?: Record<string, string>
    noun: string
  },
): Promise<Listing<T>> {
  const readPage = async (page: number) => {
    const call = `${o.call} (page ${page})`
    const body = await http.json({
      call,
      method: 'GET',
      path: o.path,
      query: { ...o.query, page, size: PAX8_MAX_PAGE_SIZE },
    })
    return parseResponse(o.schema, body, {
      distributor: PAX8_ID,
      label: PAX8_LABEL,
      call,
    })
  }
  const first = await readPage(0)
  const later = Array.from({ length: Math.max(0, first.page.totalPages - 1) }, (_, i) => i + 1)
  const pages = await readLaterPages(http, first, later, PAGES_IN_FLIGHT, readPage)

  const seen = new Set<string>()
  const items: T[] = []
  for (const page of pages) {
    for (const item of page.content) {
      if (seen.has(item.id)) continue
      seen.add(item.id)
      items.push(item)
    }
  }
  const problems: string[] = []
  const total = first.page.totalElements
  if (
    pages.some((p) => p.page.totalPages !== first.page.totalPages || p.page.totalElements !== total)
  ) {
    problems.push(
      `The Pax8 ${o.noun} list changed while it was being read; run again for a complete list.`,
    )
  } else if (typeof total === 'number' && items.length < total) {
    problems.push(
      `Pax8 announced ${total} ${o.noun} but listed ${items.length}; some were not read.`,
    )
  }
  return { items, complete: problems.length === 0, problems }
}
