import { emptyRegister, type Reconciliation } from '@seatkeeper/core'
import { A, useSearchParams } from '@solidjs/router'
import { useMutation, useQueryClient } from '@tanstack/solid-query'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { formatMoney } from '../layout/format-money'
import { EmptyState } from '../layout/empty-state'
import { Page } from '../layout/page'
import { isOnline } from '../network/connectivity'
import { refreshRegister } from '../register/submit-plan'
import { runKeys } from '../register/run-keys'
import { useRegister } from '../register/use-register'
import { downloadText } from '../ui/download-text'
import { ErrorAlert } from '../ui/error-alert'
import { FilterSelect } from '../ui/filter-select'
import { NeedsNetwork } from '../ui/needs-network'
import { pageSlice } from '../ui/page-slice'
import { Pager } from '../ui/pager'
import type { PickerOption } from '../ui/picker-options'
import { SearchablePicker } from '../ui/searchable-picker'
import { restoreFinding } from './billing-api'
import { FindingDecisionDialogs, useFindingDecisions } from './finding-decisions'
import { FindingTable } from './finding-table'
import { ProRataExportForm } from './pro-rata-export-form'
import { ReconciliationSettingsForm } from './reconciliation-settings-form'
import {
  canApprove,
  dismissedOnly,
  filterChoices,
  filterFindings,
  filterFromSearch,
  filterSearch,
  FINDING_KIND_LABELS,
  findingRows,
  findingWords,
  customerChoices,
  findingsToCsv,
  impactWords,
  subscriptionOfFinding,
  sortFindings,
  sortFromSearch,
  sortSearch,
  SORT_LABELS,
  withoutDismissals,
  type FindingFilter,
  type FindingSort,
} from './reconciliation-model'
import { useMarginFloor, useReconciliation } from './use-reconciliation'

const PER_PAGE = 50

const SORT_CHOICES = (['money-low', 'customer'] as const).map((value) => ({
  value,
  label: SORT_LABELS[value],
}))

export default function ReconciliationPage() {
  const register = useRegister()
  const client = useQueryClient()
  const marginFloor = useMarginFloor()
  const reconciled = useReconciliation(() => register.data, marginFloor)

  const [showDismissed, setShowDismissed] = createSignal(false)
  // The dismissed ones are found only when asked for: reconcile again with no dismissals.
  const allFindings = useReconciliation(
    () => (showDismissed() && register.data ? withoutDismissals(register.data) : undefined),
    marginFloor,
  )

  // The filter lives in the address, so Home's "3 under-billed" opens the list narrowed to them
  // and Back returns to the list as it was.
  const [search, setSearch] = useSearchParams()
  const filter = createMemo(() => filterFromSearch(search))
  const sort = createMemo(() => sortFromSearch(search))
  const [page, setPage] = createSignal(0)
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set())
  const [notice, setNotice] = createSignal<string>()

  // Only the rows shown build their words (findingWords): the first page costs its 50 rows, not
  // the tens of thousands of findings a large register has.
  const words = createMemo(() => findingWords(register.data ?? emptyRegister()))
  const findings = createMemo(() => (register.data ? (reconciled().result?.findings ?? []) : []))
  const choices = createMemo(() => filterChoices(findings(), words()))
  // The Customer filter's choices are built when its picker opens (or a customer is chosen).
  const customerOptions = createMemo(() => {
    const list = findings()
    const named = words()
    let options: PickerOption[] | undefined
    return () => (options ??= customerChoices(list, named))
  })
  const shown = createMemo(() =>
    sortFindings(filterFindings(findings(), filter(), words()), sort(), words()),
  )
  const slice = createMemo(() => pageSlice(shown().length, page(), PER_PAGE))
  const pageRows = () =>
    shown()
      .slice(slice().start, slice().end)
      .map((f) => words().row(f))
  const chosen = createMemo(() => {
    const ids = selected()
    return ids.size === 0 ? [] : findings().filter((finding) => ids.has(finding.id))
  })

  const dismissedRows = createMemo(() => {
    const data = register.data
    const all = allFindings().result
    return data && all ? findingRows(data, dismissedOnly(data, all.findings)) : []
  })
  const reasonOf = (findingId: string) =>
    register.data?.dismissals.find((d) => d.findingId === findingId)?.reason

  // The address keeps the filter and the order; changing one leaves the other as it is.
  const refine = (patch: Partial<FindingFilter>) => {
    setSearch(filterSearch({ ...filter(), ...patch }), { replace: true })
    setPage(0)
  }
  const reorder = (next: FindingSort) => {
    setSearch(sortSearch(next), { replace: true })
    setPage(0)
  }
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected())
    if (on) next.add(id)
    else next.delete(id)
    setSelected(next)
  }
  const selectPage = (on: boolean) => {
    const next = new Set(selected())
    for (const row of pageRows())
      if (on) next.add(row.finding.id)
      else next.delete(row.finding.id)
    setSelected(next)
  }

  const decisions = useFindingDecisions({
    marginFloor: marginFloor.value,
    onApproved: () => setSelected(new Set<string>()),
    onDismissed: (count) => {
      setSelected(new Set<string>())
      setNotice(`${count === 1 ? 'One finding' : `${count} findings`} dismissed.`)
    },
    onMarkedNotBillable: (text) =>
      setNotice(`${text} The Runs page shows the change and can undo it.`),
  })
  const preview = decisions.preview

  const restore = useMutation(() => ({
    mutationFn: (findingId: string) => restoreFinding(findingId),
    onSettled: () => afterWrite(),
    onSuccess: () => setNotice('Finding restored: it is on the list again.'),
  }))

  async function afterWrite() {
    await refreshRegister(client).catch(() => undefined)
    void client.invalidateQueries({ queryKey: runKeys.all })
  }

  const exportCsv = () =>
    downloadText(
      `seatkeeper-findings-${new Date().toISOString().slice(0, 10)}.csv`,
      findingsToCsv(shown().map((finding) => words().row(finding))),
    )

  return (
    <Page
      title="Reconciliation"
      lead="Where what you bill has drifted from what your distributors charge, largest amount first (or as you sort it). Approve a finding to fix the billing line, or dismiss it with a reason."
    >
      <Show when={notice()}>
        <p class="notice" role="status">
          {notice()}
        </p>
      </Show>
      <Show when={register.isError && !register.data}>
        <ErrorAlert error={register.error} class="alert" />
      </Show>
      <Show when={register.isPending || (reconciled().working && !reconciled().result)}>
        <p class="loading">Reconciling the register…</p>
      </Show>
      <ErrorAlert error={reconciled().error} />
      <Show when={reconciled().result}>
        {(result) => (
          <>
            <Show
              when={findings().length > 0}
              fallback={
                <EmptyState title="Nothing to reconcile">
                  Every billing line matches what the distributors charge. No lines yet? Add them on
                  a customer's Billing tab, or{' '}
                  <A href="/customers?import=billing-lines">import them from a CSV</A>.
                </EmptyState>
              }
            >
              <Totals result={result()} />
              <FindingFilters
                filter={filter()}
                choices={choices()}
                customers={customerOptions()}
                customerName={(id) => words().customerName(id)}
                onChange={refine}
                sort={sort()}
                onSort={reorder}
                count={shown().length}
                total={findings().length}
                working={reconciled().working}
              />
              <div class="toolbar" role="toolbar" aria-label="Finding actions">
                <button
                  type="button"
                  class="button button--primary"
                  disabled={
                    reconciled().working || chosen().length === 0 || !chosen().some(canApprove)
                  }
                  onClick={() => preview(chosen())}
                >
                  Approve selected ({chosen().length})
                </button>
                <button
                  type="button"
                  class="button"
                  disabled={chosen().length === 0 || !isOnline()}
                  onClick={() => decisions.askDismiss(chosen())}
                >
                  Dismiss selected
                </button>
                <button type="button" class="button" onClick={exportCsv}>
                  Export CSV
                </button>
                <NeedsNetwork what="Dismissing a finding" />
              </div>
              <FindingTable
                rows={pageRows()}
                selected={selected()}
                onToggle={toggle}
                onTogglePage={selectPage}
                onApprove={(finding) => preview([finding])}
                onDismiss={(finding) => decisions.askDismiss([finding])}
                onMarkNotBillable={(finding) => {
                  const subscription = subscriptionOfFinding(register.data, finding)
                  if (subscription) decisions.askNotBillable(subscription)
                }}
                working={reconciled().working}
              />
              <Show when={slice().pages > 1}>
                <Pager
                  label="Pages of findings"
                  inputId="findings-page"
                  page={slice().page}
                  pages={slice().pages}
                  onPage={(to) => setPage(pageSlice(shown().length, to, PER_PAGE).page)}
                />
              </Show>
            </Show>
          </>
        )}
      </Show>

      <section aria-labelledby="dismissed-heading" class="section">
        <h2 id="dismissed-heading">Dismissed findings</h2>
        <Show
          when={showDismissed()}
          fallback={
            <button type="button" class="button" onClick={() => setShowDismissed(true)}>
              Show dismissed findings ({register.data?.dismissals.length ?? 0})
            </button>
          }
        >
          <ErrorAlert error={allFindings().error} />
          <ErrorAlert error={restore.error} />
          <Show
            when={dismissedRows().length > 0}
            fallback={
              <p class="muted">
                {allFindings().working ? 'Finding them…' : 'No finding is dismissed right now.'}
              </p>
            }
          >
            <table class="table">
              <caption class="visually-hidden">Dismissed findings</caption>
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col">Finding</th>
                  <th scope="col">Money per month</th>
                  <th scope="col">Why it was dismissed</th>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={dismissedRows()}>
                  {(row) => (
                    <tr>
                      <th scope="row">{row.customerName}</th>
                      <td>{row.kindLabel}</td>
                      <td>{impactWords(row.finding, formatMoney)}</td>
                      <td>{reasonOf(row.finding.id)}</td>
                      <td>
                        <button
                          type="button"
                          class="button"
                          disabled={restore.isPending || !isOnline()}
                          onClick={() => restore.mutate(row.finding.id)}
                        >
                          Restore
                        </button>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </Show>
      </section>

      <FindingDecisionDialogs decisions={decisions} />
      <ReconciliationSettingsForm />
      <ProRataExportForm />
    </Page>
  )
}

function Totals(props: { result: Reconciliation }) {
  const currencies = () => Object.entries(props.result.totals.byCurrency)
  const kinds = () =>
    Object.entries(props.result.totals.counts).filter(([, count]) => count > 0) as [
      keyof typeof FINDING_KIND_LABELS,
      number,
    ][]
  return (
    <section aria-label="Totals" class="section">
      <ul class="sk-counts" aria-label="Money at stake per currency">
        <For each={currencies()}>
          {([currency, totals]) => (
            <li>
              <strong>{formatMoney(totals.leakage, currency)}</strong> a month not billed,{' '}
              <strong>{formatMoney(Math.abs(totals.overcharge), currency)}</strong> a month
              overcharged
            </li>
          )}
        </For>
      </ul>
      <ul class="sk-counts" aria-label="Findings per kind">
        <For each={kinds()}>
          {([kind, count]) => (
            <li>
              <strong>{count.toLocaleString('en')}</strong>{' '}
              {FINDING_KIND_LABELS[kind].toLowerCase()}
            </li>
          )}
        </For>
      </ul>
    </section>
  )
}

function FindingFilters(props: {
  filter: FindingFilter
  choices: ReturnType<typeof filterChoices>
  /** The Customer filter's choices, built on first call (when its picker opens). */
  customers: () => PickerOption[]
  customerName: (customerId: string) => string
  onChange: (patch: Partial<FindingFilter>) => void
  sort: FindingSort
  onSort: (sort: FindingSort) => void
  count: number
  total: number
  working: boolean
}) {
  return (
    <div class="filters">
      <FilterSelect
        id="finding-kind"
        label="Kind"
        all="All kinds"
        value={props.filter.kind}
        options={props.choices.kinds}
        onChange={(kind) => props.onChange({ kind: kind as FindingFilter['kind'] })}
      />
      <SearchablePicker
        label="Customer"
        placeholder="All customers: type a name"
        none="All customers."
        value={props.filter.customerId === '' ? undefined : props.filter.customerId}
        options={props.customers()}
        onChange={(customerId) => props.onChange({ customerId: customerId ?? '' })}
      />
      <FilterSelect
        id="finding-distributor"
        label="Distributor"
        all="All distributors"
        value={props.filter.distributor}
        options={props.choices.distributors.map((name) => ({ value: name, label: name }))}
        onChange={(distributor) => props.onChange({ distributor })}
      />
      <FilterSelect
        id="finding-currency"
        label="Currency"
        all="All currencies"
        value={props.filter.currency}
        options={props.choices.currencies.map((code) => ({ value: code, label: code }))}
        onChange={(currency) => props.onChange({ currency })}
      />
      <FilterSelect
        id="finding-sort"
        label="Sort by"
        all={SORT_LABELS['']}
        value={props.sort}
        options={SORT_CHOICES}
        onChange={(sort) => props.onSort(sort as FindingSort)}
      />
      <p class="filters__count" role="status">
        {props.working
          ? 'Reconciling the register again…'
          : `${props.count.toLocaleString('en')} of ${props.total.toLocaleString('en')} findings`}
      </p>
    </div>
  )
}
