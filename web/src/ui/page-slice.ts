/** Which slice of `count` items page `page` (0-based, clamped) shows, and how many pages. */
export function pageSlice(count: number, page: number, size: number) {
  const pages = Math.max(1, Math.ceil(count / size))
  const current = Number.isFinite(page) ? Math.min(Math.max(0, Math.floor(page)), pages - 1) : 0
  return {
    page: current,
    pages,
    start: current * size,
    end: Math.min(count, (current + 1) * size),
  }
}
