/**
 * First / Previous / "Page [3] of 800" / Next / Last under a long list shown a page at a time
 * (a run's changes, a preview's group): every item stays reachable without rendering them all.
 */
export function Pager(props: {
  /** Accessible name of the navigation ("Pages of changes"). */
  label: string
  /** Id of the page-number field, unique on the page. */
  inputId: string
  /** 0-based. */
  page: number
  pages: number
  onPage: (page: number) => void
}) {
  const first = () => props.page === 0
  const last = () => props.page === props.pages - 1
  return (
    <nav class="toolbar" aria-label={props.label}>
      <button type="button" class="button" disabled={first()} onClick={() => props.onPage(0)}>
        First
      </button>
      <button
        type="button"
        class="button"
        disabled={first()}
        onClick={() => props.onPage(props.page - 1)}
      >
        Previous
      </button>
      <span class="pager">
        <label for={props.inputId}>Page</label>
        <input
          id={props.inputId}
          type="number"
          class="pager__page"
          min={1}
          max={props.pages}
          value={props.page + 1}
          onChange={(event) => props.onPage(Number(event.currentTarget.value) - 1)}
        />
        <span>of {props.pages.toLocaleString('en')}</span>
      </span>
      <button
        type="button"
        class="button"
        disabled={last()}
        onClick={() => props.onPage(props.page + 1)}
      >
        Next
      </button>
      <button
        type="button"
        class="button"
        disabled={last()}
        onClick={() => props.onPage(props.pages - 1)}
      >
        Last
      </button>
    </nav>
  )
}
