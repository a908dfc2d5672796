import type { Context } from 'hono'

/**
 * Which page of a listing a request asks for, 1-based, or undefined when it is not a listing page.
 * failPage is written 1-based for every distributor; a reader translates each API's own paging.
 */
export type PageReader = (c: Context, pageParam: string) => number | undefined

/** The default: the page query parameter, already 1-based (ArrowSphere's `page`). */
export const oneBasedPage: PageReader = (c, pageParam) => {
  const raw = c.req.query(pageParam)
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined
  return Number(raw)
}

/** For APIs counting pages from 0 (Spring's `page=0`): page=0 is failPage's page 1. */
export const zeroBasedPage: PageReader = (c, pageParam) => {
  const page = oneBasedPage(c, pageParam)
  return page === undefined ? undefined : page + 1
}

/**
 * For APIs that do not page at all (Rhipe, Sherweb, ALSO): each distinct listing call counts as one
 * page, numbered in the order the calls first arrive, so failPage {page: 2} fails the second list
 * fetched. A retry of the same call (same method, path and query) is the same page, so `times`
 * failures are cured by retrying, as with a paged API. `isListing` keeps token and lookup calls out.
 */
export function countListingCalls(
  isListing: (c: Context) => boolean = (c) => c.req.method === 'GET',
): PageReader {
  const pages = new Map<string, number>()
  return (c) => {
    if (!isListing(c)) return undefined
    const url = new URL(c.req.url)
    const key = `${c.req.method} ${url.pathname}${url.search}`
    let page = pages.get(key)
    if (page === undefined) pages.set(key, (page = pages.size + 1))
    return page
  }
}
