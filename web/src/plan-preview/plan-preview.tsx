import { createMemo, createSignal, For, Show } from 'solid-js'
import { pageSlice } from '../ui/page-slice'
import { Pager } from '../ui/pager'
import { TrialTag } from '../ui/trial-tag'
import type { PlanPreviewModel, PreviewGroup } from './plan-preview-model'

// A first import previews tens of thousands of rows per group: each group shows this many a page,
// since drawing 50,000 rows at once (the old "Show all") froze the tab.
const ROWS_PER_PAGE = 100

/** What a plan will do: the counts, then each record, expandable to its field changes. */
export function PlanPreview(props: { model: PlanPreviewModel; title: string }) {
  return (
    <section class="sk-preview" aria-label={props.title}>
      <ul class="sk-counts" aria-label="Summary">
        <li>
          <strong>{props.model.counts.create}</strong> to create
        </li>
        <li>
          <strong>{props.model.counts.update}</strong> to update
        </li>
        <li>
          <strong>{props.model.counts.unchanged}</strong> unchanged
        </li>
        <li>
          <strong>{props.model.counts.skipped}</strong> skipped
        </li>
        <Show when={props.model.counts.map > 0}>
          <li>
            <strong>{props.model.counts.map}</strong> to map
          </li>
        </Show>
      </ul>
      <Show when={props.model.empty}>
        <p>Nothing to change: the register already matches the distributor.</p>
      </Show>
      <For each={props.model.groups}>{(group) => <PreviewGroupList group={group} />}</For>
    </section>
  )
}

function PreviewGroupList(props: { group: PreviewGroup }) {
  const [page, setPage] = createSignal(0)
  const slice = createMemo(() => pageSlice(props.group.rows.length, page(), ROWS_PER_PAGE))
  const rows = () => props.group.rows.slice(slice().start, slice().end)
  const headingId = `preview-${props.group.id}`
  return (
    <section class="sk-preview__group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {props.group.title} ({props.group.rows.length})
      </h3>
      <ul class="sk-preview__rows">
        <For each={rows()}>
          {(row) => (
            <li>
              <Show
                when={row.changes.length > 0}
                fallback={
                  <p class="sk-preview__row">
                    <span class="sk-preview__title">{row.title}</span>
                    <TrialTag when={row.trial} /> <span class="sk-muted">{row.detail}</span>
                  </p>
                }
              >
                <details>
                  <summary class="sk-preview__row">
                    <span class="sk-preview__title">{row.title}</span>
                    <TrialTag when={row.trial} /> <span class="sk-muted">{row.detail}</span>
                  </summary>
                  <table class="sk-table sk-table--compact">
                    <caption class="sk-visually-hidden">Changes to {row.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Field</th>
                        <th scope="col">Before</th>
                        <th scope="col">After</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={row.changes}>
                        {(change) => (
                          <tr>
                            <th scope="row">{change.label}</th>
                            <td>{change.before}</td>
                            <td>{change.after}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </details>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={slice().pages > 1}>
        <p class="sk-muted">
          Rows {(slice().start + 1).toLocaleString('en')}–{slice().end.toLocaleString('en')} of{' '}
          {props.group.rows.length.toLocaleString('en')}
        </p>
        <Pager
          label={`Pages of ${props.group.title.toLowerCase()}`}
          inputId={`preview-${props.group.id}-page`}
          page={slice().page}
          pages={slice().pages}
          onPage={(to) => setPage(pageSlice(props.group.rows.length, to, ROWS_PER_PAGE).page)}
        />
      </Show>
    </section>
  )
}
