import { createSignal, For, Show } from 'solid-js'
import type { PlanPreviewModel, PreviewGroup } from './plan-preview-model'

// A preview of thousands of rows stays usable: each group shows this many until asked for all.
const FIRST_ROWS = 100

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
  const [all, setAll] = createSignal(false)
  const rows = () => (all() ? props.group.rows : props.group.rows.slice(0, FIRST_ROWS))
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
                    <span class="sk-preview__title">{row.title}</span>{' '}
                    <span class="sk-muted">{row.detail}</span>
                  </p>
                }
              >
                <details>
                  <summary class="sk-preview__row">
                    <span class="sk-preview__title">{row.title}</span>{' '}
                    <span class="sk-muted">{row.detail}</span>
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
      <Show when={!all() && props.group.rows.length > FIRST_ROWS}>
        <button type="button" class="button" onClick={() => setAll(true)}>
          Show all {props.group.rows.length}
        </button>
      </Show>
    </section>
  )
}
