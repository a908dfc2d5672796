import { For } from 'solid-js'
import { fieldLabel } from '../present/field-labels'
import type { OperationDiff } from './operation-diff'

const TECHNICAL = new Set(['externalId', 'externalCustomerId'])

/** One record's change: a field / before / after table, the record's id only under Technical details. */
export function OperationTable(props: { diff: OperationDiff; index: number }) {
  const diff = () => props.diff
  // The distributor's own ids of a record are for support, not for reading: under Technical details.
  const shown = () => diff().changes.filter((c) => !TECHNICAL.has(c.field))
  const technical = () => diff().changes.filter((c) => TECHNICAL.has(c.field))
  // A record removed since has no name left in the register: say so rather than show its id.
  const title = () => diff().name ?? `a ${diff().entity} no longer in the register`
  return (
    <section class="op" aria-labelledby={`op-${props.index}`}>
      <h3 id={`op-${props.index}`} class="op__title">
        {diff().action}: {title()}
      </h3>
      <table class="table table--diff">
        <caption class="visually-hidden">Fields of {title()} before and after</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          <For each={shown()}>
            {(change) => (
              <tr>
                <th scope="row">{fieldLabel(change.field)}</th>
                <td class="diff__before">{change.before || '—'}</td>
                <td class="diff__after">{change.after || '—'}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <details class="technical">
        <summary>Technical details</summary>
        <p class="small">Record ID for support: {diff().recordId}</p>
        <For each={technical()}>
          {(change) => (
            <p class="small">
              {fieldLabel(change.field)}: {change.before || '—'} → {change.after || '—'}
            </p>
          )}
        </For>
      </details>
    </section>
  )
}
