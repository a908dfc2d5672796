/** Pax8's default page size is 10 and its maximum 200 [C: partner spec; devx "Pagination"]. */
const DEFAULT_SIZE = 10
const MAX_SIZE = 200

/**
 * One 0-based page as Pax8 answers it: `{content, page:{size,totalElements,totalPages,number}}`.
 * A size above 200 is refused rather than clamped [I], so an adapter asking too much is caught.
 */
export function pax8Page<T>(
  all: readonly T[],
  pageParam: string | undefined,
  sizeParam: string | undefined,
):
  | {
      content: T[]
      page: { size: number; totalElements: number; totalPages: number; number: number }
    }
  | string {
  const size = sizeParam === undefined ? DEFAULT_SIZE : Number(sizeParam)
  const number = pageParam === undefined ? 0 : Number(pageParam)
  if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE)
    return `size must be between 1 and ${MAX_SIZE}`
  if (!Number.isInteger(number) || number < 0) return 'page must be 0 or more'
  return {
    content: all.slice(number * size, (number + 1) * size),
    page: {
      size,
      totalElements: all.length,
      totalPages: Math.ceil(all.length / size),
      number,
    },
  }
}
