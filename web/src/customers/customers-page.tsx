import { A, useSearchParams } from '@solidjs/router'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { BillingLineCsvImportDialog } from '../billing/billing-line-csv-import-dialog'
import { downloadBillingLinesCsv } from '../billing/billing-lines-csv'
import { EmptyState } from '../layout/empty-state'
import { Page } from '../layout/page'
import { VirtualList } from '../layout/virtual-list'
import { isOnline } from '../network/connectivity'
import { OutboxList } from '../offline/outbox-list'
import { customerDistinctions } from '../present/customer-labels'
import { useRegister } from '../register/use-register'
import { downloadText } from '../ui/download-text'
import { ErrorAlert } from '../ui/error-alert'
import { NeedsNetwork } from '../ui/needs-network'
import { CustomerCsvImportDialog } from './customer-csv-import-dialog'
import { CustomerDialog } from './customer-dialog'
import { customersToCsv } from './customers-csv'
import { filterCustomers, NO_TOP_LEVEL } from './filter-customers'

export default function CustomersPage() {
  const register = useRegister()
  const [search, setSearch] = createSignal('')
  const [topLevelId, setTopLevelId] = createSignal('')
  const [creating, setCreating] = createSignal(false)
  const [importing, setImporting] = createSignal(false)
  // The customer Billing tab links here with ?import=billing-lines to open that import at once.
  const [params, setParams] = useSearchParams<{ import?: string }>()
  const importingLines = () => params.import === 'billing-lines'
  const [exportingLines, setExportingLines] = createSignal(false)
  const [exportError, setExportError] = createSignal<unknown>()
  const [notice, setNotice] = createSignal<string>()

  const rows = createMemo(() =>
    register.data
      ? filterCustomers(register.data, { search: search(), topLevelId: topLevelId() })
      : [],
  )

  // Two customers of the same name are told apart on the list (city, top level or creator).
  const distinctions = createMemo(() =>
    register.data ? customerDistinctions(register.data) : new Map<string, string>(),
  )

  const exportCsv = () => {
    if (!register.data) return
    downloadText(
      `seatkeeper-customers-${new Date().toISOString().slice(0, 10)}.csv`,
      customersToCsv(register.data),
    )
  }

  const exportLines = async () => {
    setExportError(undefined)
    setExportingLines(true)
    try {
      await downloadBillingLinesCsv()
    } catch (failure) {
      setExportError(failure)
    } finally {
      setExportingLines(false)
    }
  }

  return (
    <Page
      title="Customers"
      lead="The register: every customer you bill, grouped by top level, with the subscriptions your distributors report for each."
    >
      <div class="toolbar" role="toolbar" aria-label="Customer actions">
        <button
          type="button"
          class="button button--primary"
          onClick={() => setCreating(true)}
          disabled={!register.data}
        >
          New customer
        </button>
        <button type="button" class="button" onClick={() => setImporting(true)}>
          Import customers (CSV)
        </button>
        <button type="button" class="button" onClick={exportCsv} disabled={!register.data}>
          Export customers (CSV)
        </button>
        <button type="button" class="button" onClick={() => setParams({ import: 'billing-lines' })}>
          Import billing lines (CSV)
        </button>
        <button
          type="button"
          class="button"
          onClick={() => void exportLines()}
          disabled={exportingLines() || !isOnline()}
        >
          {exportingLines() ? 'Preparing…' : 'Export billing lines (CSV)'}
        </button>
        <NeedsNetwork what="Exporting billing lines" />
      </div>
      <ErrorAlert error={exportError()} />
      <Show when={notice()}>
        <p class="notice" role="status">
          {notice()}
        </p>
      </Show>
      <OutboxList />
      <Show when={register.isError && !register.data}>
        <div class="alert" role="alert">
          <p>
            <strong>The register could not be loaded.</strong> {register.error?.message}
          </p>
          <button type="button" class="button" onClick={() => void register.refetch()}>
            Try again
          </button>
        </div>
      </Show>
      <Show when={register.isPending}>
        <p class="loading">Loading the register…</p>
      </Show>
      <Show when={register.data}>
        {(data) => (
          <Show
            when={data().customers.length > 0}
            fallback={
              <EmptyState title="The register is empty">
                Customers appear here after the first import from a connection, a CSV import, or
                “New customer”.
              </EmptyState>
            }
          >
            <div class="filters">
              <div class="field">
                <label for="customer-search">Search customers</label>
                <input
                  id="customer-search"
                  type="search"
                  value={search()}
                  onInput={(event) => setSearch(event.currentTarget.value)}
                  placeholder="Name, domain or ID"
                />
              </div>
              <div class="field">
                <label for="customer-top-level">Top level</label>
                <select
                  id="customer-top-level"
                  value={topLevelId()}
                  onChange={(event) => setTopLevelId(event.currentTarget.value)}
                >
                  <option value="">All top levels</option>
                  <option value={NO_TOP_LEVEL}>No top level</option>
                  <For each={data().topLevels}>
                    {(topLevel) => <option value={topLevel.id}>{topLevel.name}</option>}
                  </For>
                </select>
              </div>
              <p class="filters__count" role="status">
                {rows().length.toLocaleString('en')} of{' '}
                {data().customers.length.toLocaleString('en')} customers
              </p>
            </div>
            <Show when={rows().length === 0}>
              <p class="muted">No customers match this search and top level.</p>
            </Show>
            <VirtualList
              items={rows()}
              rowHeight={44}
              label="Customers"
              columns="2.2fr 1.3fr 1.2fr 1.3fr 1fr"
              header={
                <>
                  <span role="columnheader">Name</span>
                  <span role="columnheader">Top level</span>
                  <span role="columnheader">Created by</span>
                  <span role="columnheader">Domain</span>
                  <span role="columnheader">Subscriptions</span>
                </>
              }
              row={(row) => (
                <>
                  <span role="cell" class="vlist__cell--main">
                    <A
                      href={`/customers/${encodeURIComponent(row.customer.id)}`}
                      title={row.customer.name}
                    >
                      {row.customer.name}
                    </A>
                    <Show when={distinctions().get(row.customer.id)}>
                      {(distinction) => <span class="muted small"> · {distinction()}</span>}
                    </Show>
                    <Show when={row.customer.inactive}>
                      <span class="tag">Inactive</span>
                    </Show>
                  </span>
                  <span role="cell" title={row.topLevelName}>
                    {row.topLevelName ?? '—'}
                  </span>
                  <span role="cell" title={row.customer.createdBy?.distributor}>
                    {row.customer.createdBy ? row.customer.createdBy.distributor : 'You'}
                  </span>
                  <span role="cell" title={row.customer.domain}>
                    {row.customer.domain ?? '—'}
                  </span>
                  <span role="cell">{row.subscriptions}</span>
                </>
              )}
            />
          </Show>
        )}
      </Show>
      <CustomerDialog
        open={creating()}
        topLevels={register.data?.topLevels ?? []}
        customers={register.data?.customers ?? []}
        onClose={(message) => {
          setCreating(false)
          if (message) setNotice(message)
        }}
      />
      <CustomerCsvImportDialog open={importing()} onClose={() => setImporting(false)} />
      <BillingLineCsvImportDialog
        open={importingLines()}
        onClose={() => setParams({ import: undefined }, { replace: true })}
      />
    </Page>
  )
}
