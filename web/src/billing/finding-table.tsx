import type { Finding } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { formatMoney } from '../layout/format-money'
import { isOnline } from '../network/connectivity'
import { canApprove, impactWords, quantityWords, type FindingRow } from './reconciliation-model'

/**
 * Findings with their numbers, money at stake and reasons, each with Approve and Dismiss, and a
 * "not billed" one with Mark not billable (the
 * Reconciliation page's list, and a customer's on its Billing tab, where `customerColumn` is off).
 */
export function FindingTable(props: {
  customerColumn?: boolean
  rows: FindingRow[]
  selected: ReadonlySet<string>
  onToggle: (id: string, on: boolean) => void
  onTogglePage: (on: boolean) => void
  onApprove: (finding: Finding) => void
  onDismiss: (finding: Finding) => void
  /** A "not billed" finding's other resolution; no button when not given. */
  onMarkNotBillable?: (finding: Finding) => void
  working: boolean
}) {
  const allOnPage = () =>
    props.rows.length > 0 && props.rows.every((row) => props.selected.has(row.finding.id))
  return (
    <div class="table-scroll">
      <table class="table finding-table">
        <caption class="visually-hidden">Findings</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select every finding on this page"
                checked={allOnPage()}
                onChange={(event) => props.onTogglePage(event.currentTarget.checked)}
              />
            </th>
            <th scope="col">{props.customerColumn === false ? 'Distributors' : 'Customer'}</th>
            <th scope="col">Finding</th>
            <th scope="col" class="num">
              Distributor quantity
            </th>
            <th scope="col" class="num">
              Billed quantity
            </th>
            <th scope="col">Money per month</th>
            <th scope="col">Why</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.kindLabel.toLowerCase()} for ${row.customerName}`}
                    checked={props.selected.has(row.finding.id)}
                    onChange={(event) =>
                      props.onToggle(row.finding.id, event.currentTarget.checked)
                    }
                  />
                </td>
                <th scope="row">
                  <Show
                    when={props.customerColumn !== false}
                    fallback={row.distributors.join(', ') || '—'}
                  >
                    <A href={`/customers/${encodeURIComponent(row.finding.customerId)}`}>
                      {row.customerName}
                    </A>
                    <Show when={row.distributors.length > 0}>
                      <span class="muted small"> · {row.distributors.join(', ')}</span>
                    </Show>
                  </Show>
                  <Show when={row.linePsa}>
                    {(psa) => <span class="muted small"> · line in {psa()}</span>}
                  </Show>
                </th>
                <td class="nowrap">{row.kindLabel}</td>
                <td class="num">{quantityWords(row.finding.distributorQuantity)}</td>
                <td class="num">{quantityWords(row.finding.billedQuantity)}</td>
                <td class="finding-table__money">{impactWords(row.finding, formatMoney)}</td>
                <td>{row.finding.reasons.join(' ')}</td>
                <td>
                  <div class="toolbar">
                    <Show when={canApprove(row.finding)}>
                      <button
                        type="button"
                        class="button"
                        disabled={props.working}
                        onClick={() => props.onApprove(row.finding)}
                      >
                        Approve
                      </button>
                    </Show>
                    <button
                      type="button"
                      class="button"
                      disabled={!isOnline()}
                      onClick={() => props.onDismiss(row.finding)}
                    >
                      Dismiss
                    </button>
                    <Show when={props.onMarkNotBillable && row.finding.kind === 'unbilled'}>
                      <button
                        type="button"
                        class="button"
                        disabled={!isOnline()}
                        onClick={() => props.onMarkNotBillable?.(row.finding)}
                      >
                        Mark not billable
                      </button>
                    </Show>
                  </div>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
