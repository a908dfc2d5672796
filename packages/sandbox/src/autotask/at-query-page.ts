import type { Context } from 'hono'
import type { PageReader } from '../faults'

/**
 * The `paging` token of a next-page URL (`…/<Entity>/query/next?paging=…`). Autotask's own is
 * opaque [I: billing-apis.md §3]; the simulator's carries the offset it resumes at and the 1-based
 * page it is, so failPage can find the page.
 */
export const atPagingToken = (offset: number, page: number) => JSON.stringify({ offset, page })

/** The token's fields, or undefined when it is not one the simulator wrote. */
export function readAtPagingToken(
  raw: string | undefined,
): { offset: number; page: number } | undefined {
  try {
    const token = JSON.parse(raw ?? '') as { offset?: unknown; page?: unknown }
    const { offset, page } = token
    return Number.isInteger(offset) && Number.isInteger(page) && (page as number) >= 1
      ? { offset: offset as number, page: page as number }
      : undefined
  } catch {
    return undefined
  }
}

/**
 * failPage's 1-based page for Autotask, which has no page parameter: a query's first POST
 * (`/<Entity>/query`) is page 1, and each POST to a next-page URL is the page its token names.
 * Zone lookups, ThresholdInformation and writes are no listing page.
 */
export const atQueryPage: PageReader = (c: Context) => {
  if (c.req.method !== 'POST') return undefined
  if (/\/[A-Za-z]+\/query$/.test(c.req.path)) return 1
  if (!/\/[A-Za-z]+\/query\/next$/.test(c.req.path)) return undefined
  return readAtPagingToken(c.req.query('paging'))?.page
}
