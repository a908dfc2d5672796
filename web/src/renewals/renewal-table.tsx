import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { formatDate } from '../ui/format-date-time'
import type { RenewalRow } from './renewals-model'

/** The renewals list: soonest act-by day first; `customer` false on a customer's own page. */
export function RenewalTable(props: { rows: readonly RenewalRow[]; customer?: boolean }) {
  return (
    <div class="table-scroll">
      <table class="table renewal-table">
        <caption class="visually-hidden">Renewals</caption>
        <thead>
          <tr>
            <th scope="col">Act by</th>
            <Show when={props.customer !== false}>
              <th scope="col">Customer</th>
            </Show>
            <th scope="col">Product</th>
            <th scope="col">Distributor</th>
            <th scope="col">Term</th>
            <th scope="col">What happens</th>
            <th scope="col" class="num">
              Seats
            </th>
            <th scope="col" class="num">
              Per renewal
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr data-subscription={row.entry.subscriptionId}>
                <td>{row.actBy ? formatDate(row.actBy) : 'No date'}</td>
                <Show when={props.customer !== false}>
                  <td>
                    <Show when={row.entry.customerId} fallback={row.customer}>
                      {(id) => <A href={`/customers/${id()}`}>{row.customer}</A>}
                    </Show>
                  </td>
                </Show>
                <td>{row.entry.name}</td>
                <td>{row.entry.distributor}</td>
                <td>
                  <Show when={row.entry.trial} fallback={row.term}>
                    <strong class="renewal-table__trial">{row.term}</strong>
                  </Show>
                </td>
                <td>{row.event}</td>
                <td class="num">{row.entry.quantity.toLocaleString('en')}</td>
                <td class="num">{row.money || 'Cost not known'}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
