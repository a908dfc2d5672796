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
 */
export function RunChangesList(props: { operations: readonly Operation[]; names: RecordNames }) {
  const changes = createMemo(() => runChanges(props.operations, props.names))
  const [search, setSearch] = createSignal('')
  const [page, setPage] = createSignal(0)
  const found = createMemo(() => changes().find(search()))
  const slice = createMemo(() => pageSlice(found().length, page(), CHANGES_PER_PAGE))
  const shown = () => found().slice(slice().start, slice().end)
  const go = (to: number) => setPage(pageSlice(found().length, to, CHANGES_PER_PAGE).page)

  return (
    <>
      <Show when={changes().count > 1}>
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
            <Show when={found().length > 0} fallback={<>No change matches “{search().trim()}”.</>}>
              Changes {count(slice().start + 1)}–{count(slice().end)} of {count(found().length)}
              <Show when={found().length < changes().count}> found</Show>
            </Show>
          </p>
        </div>
      </Show>
      <For each={shown()}>
        {(index) => <OperationTable diff={changes().diff(index)} index={index} />}
      </For>
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
