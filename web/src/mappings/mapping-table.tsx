import { A } from '@solidjs/router'
import { createMemo, createSignal, For, Show } from 'solid-js'
import type { MappingRow } from './mapping-rows'

type MappingTableProps = {
  rows: MappingRow[]
  disabled: boolean
  onRemove: (row: MappingRow) => void
}

// Thousands of mappings stay quick to render: the filter narrows them, "Show all" lifts the cap.
const FIRST_ROWS = 200

/** The Customer Mappings table, filterable by either customer's name. */
export function MappingTable(props: MappingTableProps) {
  const [filter, setFilter] = createSignal('')
  const [all, setAll] = createSignal(false)
  const matching = createMemo(() => {
    const needle = filter().trim().toLowerCase()
    if (needle === '') return props.rows
    return props.rows.filter((row) =>
      `${row.externalName} ${row.customerName} ${row.externalCustomerId}`
        .toLowerCase()
        .includes(needle),
    )
  })
  const shown = () => (all() ? matching() : matching().slice(0, FIRST_ROWS))

  return (
    <>
      <div class="sk-field sk-field--inline">
        <label for="mapping-filter">Filter mappings</label>
        <input
          id="mapping-filter"
          type="search"
          value={filter()}
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
      </div>
      <table class="sk-table">
        <caption>Customer mappings ({matching().length})</caption>
        <thead>
          <tr>
            <th scope="col">Distributor customer</th>
            <th scope="col">Register customer</th>
            <th scope="col">Origin</th>
            <th scope="col">Evidence</th>
            <th scope="col">
              <span class="sk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For
            each={shown()}
            fallback={
              <tr>
                <td colSpan={5}>
                  {props.rows.length === 0
                    ? 'No mappings yet. Generate Mappings maps customers with exactly the same name.'
                    : 'No mapping matches the filter.'}
                </td>
              </tr>
            }
          >
            {(row) => (
              <tr>
                <td title={`Distributor customer ID: ${row.externalCustomerId}`}>
                  {row.externalName}
                </td>
                <td>
                  <A href={`/customers/${encodeURIComponent(row.customerId)}`}>
                    {row.customerName}
                  </A>
                </td>
                <td>{row.originLabel}</td>
                <td>{row.evidence}</td>
                <td>
                  <button
                    type="button"
                    class="button button--small"
                    disabled={props.disabled}
                    aria-label={`Remove the mapping of ${row.externalName}`}
                    onClick={() => props.onRemove(row)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={!all() && matching().length > FIRST_ROWS}>
        <button type="button" class="button" onClick={() => setAll(true)}>
          Show all {matching().length} mappings
        </button>
      </Show>
    </>
  )
}
