export type VisibleRangeInput = {
  scrollTop: number
  viewportHeight: number
  rowHeight: number
  count: number
  /** Rows rendered beyond each edge so fast scrolling never shows a gap. */
  overscan?: number
}

/** Which rows a fixed-row-height list must render: [start, end) plus the spacer heights around them. */
export function visibleRange(input: VisibleRangeInput): {
  start: number
  end: number
  offsetTop: number
  totalHeight: number
} {
  const overscan = input.overscan ?? 6
  const rowHeight = Math.max(1, input.rowHeight)
  const count = Math.max(0, input.count)
  const totalHeight = count * rowHeight
  const maxScroll = Math.max(0, totalHeight - input.viewportHeight)
  const scrollTop = Math.min(Math.max(0, input.scrollTop), maxScroll)
  const first = Math.floor(scrollTop / rowHeight)
  const visible = Math.ceil(Math.max(0, input.viewportHeight) / rowHeight) + 1
  const start = Math.max(0, first - overscan)
  const end = Math.min(count, first + visible + overscan)
  return { start, end, offsetTop: start * rowHeight, totalHeight }
}

/** The scrollTop that brings row `index` fully into view, or undefined when it already is. */
export function scrollToReveal(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | undefined {
  const top = index * rowHeight
  if (top < scrollTop) return top
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight
  return undefined
}
