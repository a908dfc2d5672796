import { createSignal, For, onCleanup, onMount, untrack, type JSX } from 'solid-js'
import { scrollToReveal, visibleRange } from './visible-range'

type VirtualListProps<T> = {
  items: readonly T[]
  /** Fixed row height in pixels; rows must not grow past it. */
  rowHeight: number
  /** Accessible name of the table. */
  label: string
  /** The column headings, rendered as the table's header row (outside the scroller). */
  header: JSX.Element
  /** One row's cells (role="cell" elements). */
  row: (item: T, index: number) => JSX.Element
  /** Most the scrolling area grows to, CSS; a short list takes only its rows' height. */
  height?: string
  /** The rows' grid-template-columns, when the stylesheet's default does not fit the columns. */
  columns?: string
}

/**
 * A table that renders only the rows in view, so 10,000 rows scroll as smoothly as 20. Keyboard:
 * Up/Down/Home/End/PageUp/PageDown move focus between rows (rows off screen are rendered on the
 * way), so the whole list is reachable without a mouse.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  let scroller: HTMLDivElement | undefined
  const [scrollTop, setScrollTop] = createSignal(0)
  const [viewport, setViewport] = createSignal(600)

  onMount(() => {
    if (!scroller) return
    const observer = new ResizeObserver(() => setViewport(scroller?.clientHeight ?? 600))
    observer.observe(scroller)
    onCleanup(() => observer.disconnect())
  })

  const range = () =>
    visibleRange({
      scrollTop: scrollTop(),
      viewportHeight: viewport(),
      rowHeight: props.rowHeight,
      count: props.items.length,
    })
  // The slice keeps the items' own references, so <For> reuses the DOM of rows that stay in view.
  const windowed = () => props.items.slice(range().start, range().end)

  let frame = 0
  const onScroll = () => {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => setScrollTop(scroller?.scrollTop ?? 0))
  }

  const focusRow = (index: number) => {
    if (!scroller) return
    const target = Math.max(0, Math.min(props.items.length - 1, index))
    const next = scrollToReveal(target, scroller.scrollTop, scroller.clientHeight, props.rowHeight)
    if (next !== undefined) {
      scroller.scrollTop = next
      setScrollTop(next)
    }
    queueMicrotask(() => {
      const row = scroller?.querySelector<HTMLElement>(`[data-index="${target}"]`)
      const focusable = row?.querySelector<HTMLElement>('a, button') ?? row
      focusable?.focus()
    })
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')
    if (!row) return
    const index = Number(row.dataset.index)
    const page = Math.max(1, Math.floor(viewport() / props.rowHeight) - 1)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: props.items.length - 1,
    }
    const to = moves[event.key]
    if (to === undefined) return
    event.preventDefault()
    focusRow(to)
  }

  return (
    <div class="vlist" role="table" aria-label={props.label} aria-rowcount={props.items.length + 1}>
      <div role="rowgroup" class="vlist__head">
        <div
          role="row"
          aria-rowindex={1}
          class="vlist__row vlist__row--head"
          style={{ 'grid-template-columns': props.columns }}
        >
          {props.header}
        </div>
      </div>
      <div
        ref={scroller}
        class="vlist__scroller"
        style={{
          height: `min(${props.height ?? '60vh'}, ${props.items.length * props.rowHeight}px)`,
        }}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        role="rowgroup"
      >
        <div style={{ height: `${range().totalHeight}px`, position: 'relative' }}>
          <div style={{ transform: `translateY(${range().offsetTop}px)` }}>
            <For each={windowed()}>
              {(item, offset) => (
                <div
                  role="row"
                  class="vlist__row"
                  aria-rowindex={range().start + offset() + 2}
                  data-index={range().start + offset()}
                  style={{ height: `${props.rowHeight}px`, 'grid-template-columns': props.columns }}
                >
                  {untrack(() => props.row(item, range().start + offset()))}
                </div>
              )}
            </For>
          </div>
        </div>
      </div>
    </div>
  )
}
