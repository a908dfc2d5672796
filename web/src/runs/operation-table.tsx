import type { Operation } from '@seatkeeper/core'
import { For } from 'solid-js'
import { operationDiff, type RecordNames } from './operation-diff'

/** One record's change: a field / before / after table. */
export function OperationTable(props: {
  operation: Operation
  index: number
  names?: RecordNames
}) {
  const diff = () => operationDiff(props.operation, props.names)
  return (
    <section class="op" aria-labelledby={`op-${props.index}`}>
      <h3 id={`op-${props.index}`} class="op__title">
        {diff().action}: {diff().name ?? diff().recordId}
        <span class="muted small"> ({diff().recordId})</span>
      </h3>
      <table class="table table--diff">
        <caption class="visually-hidden">
          Fields of {diff().name ?? diff().recordId} before and after
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          <For each={diff().changes}>
            {(change) => (
              <tr>
                <th scope="row">{change.field}</th>
                <td class="diff__before">{change.before || '—'}</td>
                <td class="diff__after">{change.after || '—'}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  )
}
