import { A, useSearchParams } from '@solidjs/router'
import { createMemo, Show } from 'solid-js'
import { EmptyState } from '../layout/empty-state'
import { Page } from '../layout/page'
import { useRegister } from '../register/use-register'
import { ErrorAlert } from '../ui/error-alert'
import { FilterSelect } from '../ui/filter-select'
import type { PickerOption } from '../ui/picker-options'
import { SearchablePicker } from '../ui/searchable-picker'
import { LeadTimesForm } from './lead-times-form'
import { RenewalTable } from './renewal-table'
import { RenewalTimeline } from './renewal-timeline'
import {
  filterRenewals,
  renewalChoices,
  TERM_KIND_LABELS,
  type RenewalFilter,
  type TermKind,
} from './renewals-model'
import { useRenewals } from './use-renewals'

/** Every renewal, trial conversion and open cancellation window of the next 90 days. */
export default function RenewalsPage() {
  const register = useRegister()
  const renewals = useRenewals(() => register.data)
  // The filter lives in the address, like Reconciliation's, so Back returns to the list as it was.
  const [search, setSearch] = useSearchParams()
  const filter = createMemo((): RenewalFilter => ({
    distributor: typeof search.distributor === 'string' ? search.distributor : '',
    customerId: typeof search.customer === 'string' ? search.customer : '',
    term:
      typeof search.term === 'string' && search.term in TERM_KIND_LABELS
        ? (search.term as TermKind)
        : '',
  }))
  const refine = (patch: Partial<RenewalFilter>) => {
    const next = { ...filter(), ...patch }
    setSearch(
      {
        distributor: next.distributor || undefined,
        customer: next.customerId || undefined,
        term: next.term || undefined,
      },
      { replace: true },
    )
  }
  const choices = createMemo(() => renewalChoices(renewals.rows()))
  const customerOptions = createMemo((): PickerOption[] => {
    const seen = new Map<string, string>()
    for (const row of renewals.rows())
      if (row.entry.customerId !== undefined) seen.set(row.entry.customerId, row.customer)
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label))
  })
  const shown = createMemo(() => filterRenewals(renewals.rows(), filter()))

  return (
    <Page
      title="Renewals"
      lead="What renews, converts from a trial or leaves its cancellation window in the next 90 days, and the last day to change it before the seats are locked in for another term."
    >
      <Show when={register.isError && !register.data}>
        <ErrorAlert error={register.error} class="alert" />
      </Show>
      <Show when={register.isPending}>
        <p class="loading">Reading the register…</p>
      </Show>
      <Show when={register.data}>
        <Show
          when={renewals.rows().length > 0}
          fallback={
            <EmptyState title="Nothing renews in the next 90 days">
              No subscription renews, converts from a trial or has an open cancellation window
              before the quarter is out. Import subscriptions from a distributor on{' '}
              <A href="/connections">Connections</A> to see their terms here.
            </EmptyState>
          }
        >
          <RenewalTimeline rows={shown()} today={renewals.today} />
          <div class="filters">
            <FilterSelect
              id="renewal-distributor"
              label="Distributor"
              all="All distributors"
              value={filter().distributor}
              options={choices().distributors.map((name) => ({ value: name, label: name }))}
              onChange={(distributor) => refine({ distributor })}
            />
            <SearchablePicker
              label="Customer"
              placeholder="All customers: type a name"
              none="All customers."
              value={filter().customerId === '' ? undefined : filter().customerId}
              options={customerOptions()}
              onChange={(customerId) => refine({ customerId: customerId ?? '' })}
            />
            <FilterSelect
              id="renewal-term"
              label="Term"
              all="All terms"
              value={filter().term}
              options={choices().terms}
              onChange={(term) => refine({ term: term as TermKind | '' })}
            />
            <p class="filters__count" role="status">
              {`${shown().length.toLocaleString('en')} of ${renewals.rows().length.toLocaleString('en')} renewals`}
            </p>
          </div>
          <Show
            when={shown().length > 0}
            fallback={
              <EmptyState title="No renewals match">
                Nothing renews for this distributor, customer and term: choose "All" in a filter to
                see more.
              </EmptyState>
            }
          >
            <RenewalTable rows={shown()} />
          </Show>
        </Show>
        <LeadTimesForm />
      </Show>
    </Page>
  )
}
