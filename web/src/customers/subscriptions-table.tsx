import type { Subscription } from '@seatkeeper/core'
import { For, Show } from 'solid-js'
import { formatDate } from '../ui/format-date-time'
import { formatMoney } from '../layout/format-money'
import { TrialTag } from '../ui/trial-tag'

/** A customer's subscriptions, each labelled with the distributor it comes from. */
export function SubscriptionsTable(props: { subscriptions: readonly Subscription[] }) {
  return (
    <Show
      when={props.subscriptions.length > 0}
      fallback={
        <p class="muted">
          No subscriptions yet. They appear after Import Subscriptions or a sync of a mapped
          connection.
        </p>
      }
    >
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Subscriptions table">
        <table class="table">
          <caption class="visually-hidden">Subscriptions</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Distributor</th>
              <th scope="col">Quantity</th>
              <th scope="col">Status</th>
              <th scope="col">Active</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">Billing</th>
              <th scope="col">Price</th>
              <th scope="col">Cost</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.subscriptions}>
              {(s) => (
                <tr>
                  <th scope="row">
                    {s.name}
                    <TrialTag when={s.trial} />
                    <Show when={s.sku}>
                      <span class="muted small"> {s.sku}</span>
                    </Show>
                  </th>
                  <td>{s.distributor}</td>
                  <td class="num">{s.quantity}</td>
                  <td>{s.status}</td>
                  <td>{s.active ? 'Yes' : 'No'}</td>
                  <td class="nowrap">{formatDate(s.startDate) || '—'}</td>
                  <td class="nowrap">{formatDate(s.endDate ?? s.contractEndDate) || '—'}</td>
                  <td>
                    {s.billingCycle ?? '—'}
                    {s.termMonths ? `, ${s.termMonths}-month term` : ''}
                  </td>
                  <td class="num nowrap">{formatMoney(s.unitPrice, s.currency) || '—'}</td>
                  <td class="num nowrap">{formatMoney(s.unitCost, s.currency) || '—'}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  )
}
