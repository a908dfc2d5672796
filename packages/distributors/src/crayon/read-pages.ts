import type * as v from 'valibot'
import { parseResponse, readLaterPages } from '../http'
import type { DistributorHttp } from '../http/types'
import { CRAYON_ID, CRAYON_LABEL } from './calls'
import { crayonPageSchema } from './schemas'

/*
 * Page size: the SDK leaves it to the caller and Crayon documents no maximum [I]; 100 is what the
 * other distributors' SDKs read, and a smaller page than asked for is handled (the total decides).
 * Pages after the first are read a few at a time; the shared client paces them to the rate limit.
 */
export const PAGE_SIZE = 100
const PAGES_IN_FLIGHT = 4

export type PagedRead<T> = { items: T[]; problems: string[] }

/**
 * Every page of a Crayon listing: `page` (1-based [C: the SDK's filters start at 1]) and
 * `pageSize`, page 1's `totalHits` saying how many pages follow. Without a total (the OpenAPI's bare
 * array [I]) pages are read one after another until one comes back short. A listing that changed
 * while it was read, or that holds fewer records than it announced, is named as a problem, so
 * nothing missing from it is taken as deleted.
 */
export async function readCrayonPages<S extends v.GenericSchema>(
  http: DistributorHttp,
  o: {
    path: string
    call: string
    noun: string
    item: S
    query: Record<string, string | undefined>
    keyOf: (item: v.InferOutput<S>) => string
  },
): Promise<PagedRead<v.InferOutput<S>>> {
  type Item = v.InferOutput<S>
  const schema = crayonPageSchema(o.item)
  const readPage = async (page: number) => {
    const call = `${o.call} (page ${page})`
    const body = await http.json({
      call,
      method: 'GET',
      path: o.path,
      query: { ...o.query, page, pageSize: PAGE_SIZE },
    })
    return parseResponse(schema, body, { distributor: CRAYON_ID, label: CRAYON_LABEL, call }) as {
      items: Item[]
      totalHits: number | undefined
    }
  }

  const first = await readPage(1)
  let pages = [first]
  if (first.totalHits !== undefined) {
    const pageCount = Math.ceil(first.totalHits / Math.max(1, first.items.length || PAGE_SIZE))
    const later = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2)
    pages = await readLaterPages(http, first, later, PAGES_IN_FLIGHT, readPage)
  } else {
    // No total, so no progress to tell: how many pages there are is known only at the last.
    for (let page = 2, last = first; last.items.length >= PAGE_SIZE; page++) {
      last = await readPage(page)
      pages.push(last)
    }
  }

  const seen = new Set<string>()
  const items: Item[] = []
  for (const page of pages) {
    for (const item of page.items) {
      const key = o.keyOf(item)
      if (seen.has(key)) continue
      seen.add(key)
      items.push(item)
    }
  }
  const problems: string[] = []
  const totals = new Set(pages.map((page) => page.totalHits))
  if (totals.size > 1) {
    problems.push(
      `The Crayon ${o.noun} list changed while it was being read (its total went from ${first.totalHits} to ${[...totals].at(-1)}); run again for a complete list.`,
    )
  } else if (first.totalHits !== undefined && items.length < first.totalHits) {
    problems.push(
      `Crayon announced ${first.totalHits} ${o.noun} on ${o.call} but listed ${items.length}; the rest were not read. Run again; if it persists, report it.`,
    )
  }
  return { items, problems }
}
