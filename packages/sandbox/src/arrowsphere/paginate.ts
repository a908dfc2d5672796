// Neither SDK documents a default or maximum page size; both always ask for 100. [I]
const DEFAULT_PER_PAGE = 100
const MAX_PER_PAGE = 1000

export type PageSlice<T> = {
  items: T[]
  perPage: number
  currentPage: number
  totalPage: number
  total: number
}

/** One page of a page-numbered listing (1-based `page`, `per_page`), as ArrowSphere pages. */
export function paginate<T>(
  all: readonly T[],
  page: string | undefined,
  perPage: string | undefined,
): PageSlice<T> {
  const size = clamp(Number(perPage) || DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
  const current = Math.max(1, Math.floor(Number(page) || 1))
  const totalPage = Math.max(1, Math.ceil(all.length / size))
  return {
    items: all.slice((current - 1) * size, current * size),
    perPage: size,
    currentPage: current,
    totalPage,
    total: all.length,
  }
}

/** The `next` / `previous` links ArrowSphere puts in its pagination block. */
export function pageLink(path: string, slice: PageSlice<unknown>, page: number): string | null {
  if (page < 1 || page > slice.totalPage) return null
  return `${path}?per_page=${slice.perPage}&page=${page}`
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)))
}
