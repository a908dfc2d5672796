import type { Operation } from '@seatkeeper/core'
import { createMemo, createSignal, For, Show } from 'solid-js'
import type { RecordNames } from './operation-diff'
import { OperationTable } from './operation-table'
import { Pager } from '../ui/pager'
import { CHANGES_PER_PAGE, runChanges } from './run-changes'
import { pageSlice } from '../ui/page-slice'

const count = (n: number) => n.toLocaleString('en')

/**
 * A run's changes a page of records at a time, with a search by name: the first import of a big
 * account records tens of thousands of changes, and rendering them all at once froze the tab
 * (14,404 changes were 843,166 elements). Each record's diff is made once, when first shown.
 * `operations` grows while the run's pages arrive (`loaded` of `total`): the pages cover the whole
 * run from the start, and one not read yet says so until it is.
 */
export function RunChangesList(props: {
  operations: readonly Operation[]
  loaded: number
  total: number
  names: RecordNames
}) {
  const changes = createMemo(() => runChanges(props.operations, props.names))
  const [search, setSearch] = createSignal('')
  const [page, setPage] = createSignal(0)
  const searching = () => search().trim() !== ''
  // Searched again as pages arrive; each record's words are made once.
  const found = createMemo(() => (void props.loaded, searching() ? changes().find(search()) : []))
  const length = () => (searching() ? found().length : props.total)
  const slice = createMemo(() => pageSlice(length(), page(), CHANGES_PER_PAGE))
  const shown = () => {
    const { start, end } = slice()
    if (searching()) return found().slice(start, end)
    return Array.from(
      { length: Math.max(0, Math.min(end, props.loaded) - start) },
      (_, i) => start + i,
    )
  }
  const waiting = () => !searching() && slice().end > props.loaded
  const go = (to: number) => setPage(pageSlice(length(), to, CHANGES_PER_PAGE).page)

  return (
    <>
      <Show when={props.total > 1}>
        <div class="filters">
          <div class="field filters__search-field">
            <label for="run-change-search">Find a change</label>
            <input
              id="run-change-search"
              class="filters__search"
              type="search"
              value={search()}
              placeholder="Record name or what happened"
              onInput={(event) => {
                setSearch(event.currentTarget.value)
                setPage(0)
              }}
            />
          </div>
          <p class="filters__count" role="status">
            <Show when={length() > 0} fallback={<>No change matches “{search().trim()}”.</>}>
              Changes {count(slice().start + 1)}–{count(slice().end)} of {count(length())}
              <Show when={searching()}> found</Show>
            </Show>
          </p>
        </div>
      </Show>
      <Show when={props.loaded < props.total}>
        <p class="muted" aria-live="polite">
          Reading the run’s changes: {count(props.loaded)} of {count(props.total)} so far
          <Show when={searching()}>; the search covers those</Show>.
        </p>
      </Show>
      <For each={shown()}>
        {(index) => <OperationTable diff={changes().diff(index)} index={index} />}
      </For>
      <Show when={waiting()}>
        <p class="loading">
          Loading changes {count(Math.max(slice().start, props.loaded) + 1)}–{count(slice().end)}…
        </p>
      </Show>
      <Show when={slice().pages > 1}>
        <Pager
          label="Pages of changes"
          inputId="run-change-page"
          page={slice().page}
          pages={slice().pages}
          onPage={go}
        />
      </Show>
    </>
  )
}
