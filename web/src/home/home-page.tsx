import { A } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { createMemo, For, Show } from 'solid-js'
import { useMarginFloor, useReconciliation } from '../billing/use-reconciliation'
import { connectionsQuery } from '../connections/connection-queries'
import { EmptyState } from '../layout/empty-state'
import { formatMoney } from '../layout/format-money'
import { Page } from '../layout/page'
import { useRegister } from '../register/use-register'
import { DecideThisMonth } from '../renewals/decide-this-month'
import { ErrorAlert } from '../ui/error-alert'
import { formatDateTime } from '../ui/format-date-time'
import { connectionSyncs } from './connection-syncs'
import { CostBilledChart } from './cost-billed-chart'
import { costBilledSeries } from './cost-billed-series'
import {
  distributorBook,
  marginOf,
  type BookRow,
  type Margin,
  type MoneyByCurrency,
} from './distributor-book'
import { atStake, findingKinds } from './home-findings'

/** The landing page once a connection exists: the book per distributor and the money at stake. */
export default function HomePage() {
  const register = useRegister()
  const connections = useQuery(() => connectionsQuery())
  const marginFloor = useMarginFloor()
  // The same reconcile, in the same worker, as the Reconciliation page: the same money.
  const reconciled = useReconciliation(() => register.data, marginFloor)
  const today = new Date().toISOString().slice(0, 10)

  const book = createMemo(() => (register.data ? distributorBook(register.data, today) : undefined))
  const charts = createMemo(() => costBilledSeries(book()?.rows ?? []))
  const hasLines = () => (register.data?.billingLines.length ?? 0) > 0

  return (
    <Page
      title="Home"
      lead="What your customers hold at each distributor, what it costs and what you bill for it a month, and the money reconciliation finds at stake."
    >
      <Show when={register.isError && !register.data}>
        <ErrorAlert error={register.error} class="alert" />
      </Show>
      <Show when={register.isPending}>
        <p class="loading">Reading the register…</p>
      </Show>

      <section aria-labelledby="at-stake-heading" class="home__section">
        <h2 id="at-stake-heading">Money at stake this month</h2>
        <ErrorAlert error={reconciled().error} />
        <Show
          when={register.data && hasLines()}
          fallback={
            <Show when={register.data}>
              <EmptyState title="No billing lines yet">
                Add billing lines on a customer's Billing tab (open the customer from Customers), or
                import them from a CSV file (see the README), and reconciliation shows here what is
                not billed or overcharged.
              </EmptyState>
            </Show>
          }
        >
          <Show
            when={reconciled().result}
            fallback={<p class="loading">Reconciling the register…</p>}
          >
            {(result) => (
              <Show
                when={result().findings.length > 0}
                fallback={
                  <EmptyState title="Nothing at stake">
                    Every billing line matches what the distributors charge.
                  </EmptyState>
                }
              >
                <ul class="sk-counts" aria-label="Money at stake per currency">
                  <For each={atStake(result().totals)}>
                    {(money) => (
                      <li>
                        <strong>{formatMoney(money.leakage, money.currency)}</strong> a month not
                        billed, <strong>{formatMoney(money.overcharge, money.currency)}</strong> a
                        month overcharged
                      </li>
                    )}
                  </For>
                </ul>
                <h3 class="home__subheading">Findings by kind</h3>
                <ul class="sk-counts" aria-label="Findings by kind">
                  <For each={findingKinds(result().totals)}>
                    {(kind) => (
                      <li>
                        <A href={kind.href}>
                          <strong>{kind.count.toLocaleString('en')}</strong>{' '}
                          {kind.label.toLowerCase()}
                        </A>
                      </li>
                    )}
                  </For>
                </ul>
                <p>
                  <A href="/reconciliation">Open Reconciliation</A> to approve or dismiss them.
                </p>
              </Show>
            )}
          </Show>
        </Show>
      </section>

      <Show when={register.data}>{(data) => <DecideThisMonth register={data()} />}</Show>

      <section aria-labelledby="book-heading" class="home__section">
        <h2 id="book-heading">By distributor</h2>
        <Show when={book()}>
          {(shown) => (
            <Show
              when={shown().rows.length > 0}
              fallback={
                <EmptyState title="No subscriptions yet">
                  Import subscriptions on a connection's Subscriptions Imports tab (Connections,
                  then the connection).
                </EmptyState>
              }
            >
              <p class="sk-muted">
                Live, paid subscriptions a month (trials and those marked not billable are left out,
                as reconciliation leaves them out). A line's amount is shared among the distributors
                of its subscriptions by seats.
              </p>
              <div class="table-scroll">
                <table class="table home__book">
                  <caption class="visually-hidden">
                    Customers, seats and money per distributor
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Distributor</th>
                      <th scope="col" class="num">
                        Customers
                      </th>
                      <th scope="col" class="num">
                        Subscriptions
                      </th>
                      <th scope="col" class="num">
                        Seats
                      </th>
                      <th scope="col" class="num">
                        Cost a month
                      </th>
                      <th scope="col" class="num">
                        Billed a month
                      </th>
                      <th scope="col" class="num">
                        Margin
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={shown().rows}>{(row) => <BookRowCells row={row} />}</For>
                    <Show when={Object.keys(shown().unlinkedBilled).length > 0}>
                      <tr>
                        <th scope="row">Lines linked to no subscription</th>
                        <td class="num">—</td>
                        <td class="num">—</td>
                        <td class="num">—</td>
                        <td class="num">—</td>
                        <td class="num">
                          <Amounts amounts={amounts(shown().unlinkedBilled)} />
                        </td>
                        <td class="num">—</td>
                      </tr>
                    </Show>
                  </tbody>
                  <tfoot>
                    <BookRowCells row={shown().total} />
                  </tfoot>
                </table>
              </div>
            </Show>
          )}
        </Show>
      </section>

      <Show when={charts().length > 0}>
        <section aria-labelledby="chart-heading" class="home__section">
          <h2 id="chart-heading">Cost and billed a month per distributor</h2>
          <For each={charts()}>{(series) => <CostBilledChart series={series} />}</For>
        </section>
      </Show>

      <section aria-labelledby="syncs-heading" class="home__section">
        <h2 id="syncs-heading">Connections</h2>
        <ErrorAlert error={connections.error} />
        <Show when={connections.data}>
          {(list) => (
            <div class="table-scroll">
              <table class="table home__syncs">
                <caption class="visually-hidden">Each connection's last sync</caption>
                <thead>
                  <tr>
                    <th scope="col">Connection</th>
                    <th scope="col">Last sync</th>
                    <th scope="col">Last sync error</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={connectionSyncs(list())}>
                    {(sync) => (
                      <tr>
                        <th scope="row">
                          <A href={`/connections/${encodeURIComponent(sync.id)}`}>{sync.name}</A>
                        </th>
                        <td>
                          {sync.lastSyncAt ? formatDateTime(sync.lastSyncAt) : 'Never synced'}
                        </td>
                        <td>
                          <Show when={sync.lastError} fallback={<span class="sk-muted">None</span>}>
                            {(error) => <span class="sk-badge sk-badge--danger">{error()}</span>}
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </Show>
      </section>
    </Page>
  )
}

/** "A$120.00 (20 %)", "at most A$120.00 (20 %)", or that the cost is not known. */
const marginWords = (m: Margin) =>
  m.amount === undefined
    ? `${m.currency}: cost not known`
    : `${m.atMost ? 'at most ' : ''}${formatMoney(m.amount, m.currency)}${m.share === undefined ? '' : ` (${Math.round(m.share * 1000) / 10} %)`}`

/** Amounts a currency a line, each whole ("A$1,234.00" never breaks inside). */
function Amounts(props: { amounts: string[] }) {
  return (
    <Show when={props.amounts.length > 0} fallback="—">
      <For each={props.amounts}>{(amount) => <span class="home__amount">{amount}</span>}</For>
    </Show>
  )
}

const amounts = (money: MoneyByCurrency) =>
  Object.keys(money)
    .sort()
    .map((currency) => formatMoney(money[currency], currency))

function BookRowCells(props: { row: BookRow }) {
  const margin = () => marginOf(props.row).map(marginWords)
  return (
    <tr>
      <th scope="row">{props.row.distributor}</th>
      <td class="num">{props.row.customers.toLocaleString('en')}</td>
      <td class="num">{props.row.subscriptions.toLocaleString('en')}</td>
      <td class="num">{props.row.seats.toLocaleString('en')}</td>
      <td class="num">
        <Amounts amounts={amounts(props.row.cost)} />
        <Show when={props.row.withoutCost > 0}>
          <span class="home__amount sk-muted small">
            {props.row.withoutCost.toLocaleString('en')} without a cost
          </span>
        </Show>
      </td>
      <td class="num">
        <Amounts amounts={amounts(props.row.billed)} />
      </td>
      <td class="num">
        <Amounts amounts={margin()} />
      </td>
    </tr>
  )
}
