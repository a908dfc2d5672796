import type { Finding, Plan, PlanResult, Reconciliation, Register } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createEffect, createMemo, createSignal, For, onCleanup, Show } from 'solid-js'
import { downloadText } from '../customers/download-text'
import { formatMoney } from '../layout/format-money'
import { EmptyState } from '../layout/empty-state'
import { Page } from '../layout/page'
import { isOnline } from '../network/connectivity'
import { planPreviewModel } from '../plan-preview/plan-preview-model'
import { PlanPreview } from '../plan-preview/plan-preview'
import { RunResult } from '../plan-preview/run-result'
import { applyPlan, isRegisterChanged, loadFreshRegister } from '../register/register-access'
import { refreshRegister } from '../register/submit-plan'
import { runKeys } from '../register/run-keys'
import { useRegister } from '../register/use-register'
import { runCoreJob } from '../workers/run-core-job'
import { Dialog } from '../ui/dialog'
import { ErrorAlert } from '../ui/error-alert'
import { NeedsNetwork } from '../ui/needs-network'
import { pageSlice } from '../ui/page-slice'
import { Pager } from '../ui/pager'
import { dismissFinding, getBillingSettings, restoreFinding } from './billing-api'
import { ProRataExportForm } from './pro-rata-export-form'
import {
  approvalOf,
  canApprove,
  dismissedOnly,
  filterChoices,
  filterFindings,
  FINDING_KIND_LABELS,
  findingRows,
  findingsToCsv,
  impactWords,
  NO_FILTER,
  quantityWords,
  withoutDismissals,
  type FindingFilter,
  type FindingRow,
} from './reconciliation-model'

const PER_PAGE = 50

type Approval = { plan: Plan; register: Register; missing: number }

/** The approval of `findings` on the register as the edge has it now, reconciled in the worker. */
async function freshApproval(findings: Finding[], marginFloor: number | undefined) {
  const register = await loadFreshRegister()
  const { findings: current } = await runCoreJob(
    'reconcile',
    register,
    marginFloor === undefined ? {} : { marginFloor },
  )
  const ids = new Set(findings.map((finding) => finding.id))
  return { ...approvalOf(current, ids, register.version), register }
}

/** The last reconciliation, and whether a newer one is under way. */
type Reconciled = {
  result?: Reconciliation
  error?: unknown
  working: boolean
}

/** Runs reconcile in the core worker whenever the register or the settings change. */
function useReconciliation(
  register: () => Register | undefined,
  marginFloor: () => number | undefined,
) {
  const [state, setState] = createSignal<Reconciled>({ working: true })
  createEffect(() => {
    const data = register()
    const floor = marginFloor()
    if (!data) return
    let current = true
    onCleanup(() => (current = false))
    setState((previous) => ({ ...previous, working: true }))
    runCoreJob('reconcile', data, floor === undefined ? {} : { marginFloor: floor }).then(
      (result) => current && setState({ result, working: false }),
      (error: unknown) => current && setState({ error, working: false }),
    )
  })
  return state
}

export default function ReconciliationPage() {
  const register = useRegister()
  const client = useQueryClient()
  // The margin floor is a setting kept at the edge; offline (or before it answers) no floor.
  const settings = useQuery(() => ({
    queryKey: ['billing-settings'] as const,
    queryFn: ({ signal }) => getBillingSettings(signal),
    staleTime: 60_000,
  }))
  const marginFloor = () => settings.data?.marginFloor
  const reconciled = useReconciliation(() => register.data, marginFloor)

  const [showDismissed, setShowDismissed] = createSignal(false)
  // The dismissed ones are found only when asked for: reconcile again with no dismissals.
  const allFindings = useReconciliation(
    () => (showDismissed() && register.data ? withoutDismissals(register.data) : undefined),
    marginFloor,
  )

  const [filter, setFilter] = createSignal<FindingFilter>(NO_FILTER)
  const [page, setPage] = createSignal(0)
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set())
  const [asking, setAsking] = createSignal(false)
  const [previewing, setPreviewing] = createSignal<Approval>()
  const [dismissing, setDismissing] = createSignal<Finding[]>()
  const [notice, setNotice] = createSignal<string>()

  const rows = createMemo(() => {
    const data = register.data
    const result = reconciled().result
    return data && result ? findingRows(data, result.findings) : []
  })
  const choices = createMemo(() => filterChoices(rows()))
  const shown = createMemo(() => filterFindings(rows(), filter()))
  const slice = createMemo(() => pageSlice(shown().length, page(), PER_PAGE))
  const pageRows = () => shown().slice(slice().start, slice().end)
  const chosen = createMemo(() => rows().filter((row) => selected().has(row.finding.id)))

  const dismissedRows = createMemo(() => {
    const data = register.data
    const all = allFindings().result
    return data && all ? findingRows(data, dismissedOnly(data, all.findings)) : []
  })
  const reasonOf = (findingId: string) =>
    register.data?.dismissals.find((d) => d.findingId === findingId)?.reason

  const refine = (patch: Partial<FindingFilter>) => {
    setFilter({ ...filter(), ...patch })
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

  // The preview is made from the register as the edge has it now (the copy shown may be older):
  // reconciled again there, the chosen findings that are still the same are what is approved.
  const prepare = useMutation(() => ({
    mutationFn: (findings: Finding[]) => freshApproval(findings, marginFloor()),
    onSuccess: (approval: Approval) => setPreviewing(approval),
  }))
  const preview = (findings: Finding[]) => {
    approve.reset()
    setPreviewing(undefined)
    setAsking(true)
    prepare.mutate(findings)
  }
  const closePreview = () => {
    setAsking(false)
    setPreviewing(undefined)
  }
  const previewModel = createMemo(() => {
    const at = previewing()
    return at ? planPreviewModel(at.plan, at.register) : undefined
  })

  const approve = useMutation(() => ({
    mutationFn: (plan: Plan): Promise<PlanResult> => applyPlan(plan),
    onSuccess: () => setSelected(new Set<string>()),
  }))

  const dismiss = useMutation(() => ({
    mutationFn: async ({ findings, reason }: { findings: Finding[]; reason: string }) => {
      for (const finding of findings)
        await dismissFinding(finding.id, reason, `dismiss-${finding.id}`)
      return findings.length
    },
    onSettled: () => afterWrite(),
    onSuccess: (count: number) => {
      setDismissing(undefined)
      setSelected(new Set<string>())
      setNotice(`${count === 1 ? 'One finding' : `${count} findings`} dismissed.`)
    },
  }))

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
      findingsToCsv(shown()),
    )

  return (
    <Page
      title="Reconciliation"
      lead="Where what you bill has drifted from what your distributors charge, largest amount first. Approve a finding to fix the billing line, or dismiss it with a reason."
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
              when={rows().length > 0}
              fallback={
                <EmptyState title="Nothing to reconcile">
                  Every billing line matches what the distributors charge. Import billing lines
                  (Customers, Import from CSV) if you have not yet.
                </EmptyState>
              }
            >
              <Totals result={result()} />
              <FindingFilters
                filter={filter()}
                choices={choices()}
                onChange={refine}
                count={shown().length}
                total={rows().length}
                working={reconciled().working}
              />
              <div class="toolbar" role="toolbar" aria-label="Finding actions">
                <button
                  type="button"
                  class="button button--primary"
                  disabled={
                    reconciled().working ||
                    chosen().length === 0 ||
                    !chosen().some((row) => canApprove(row.finding))
                  }
                  onClick={() => preview(chosen().map((row) => row.finding))}
                >
                  Approve selected ({chosen().length})
                </button>
                <button
                  type="button"
                  class="button"
                  disabled={chosen().length === 0 || !isOnline()}
                  onClick={() => setDismissing(chosen().map((row) => row.finding))}
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
                onDismiss={(finding) => setDismissing([finding])}
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

      <Show when={asking()}>
        <Dialog
          title="Approve findings"
          wide
          closeLabel={approve.isSuccess ? 'Close' : 'Cancel'}
          onClose={closePreview}
          actions={
            <Show when={!approve.isSuccess}>
              <button
                type="button"
                class="button button--primary"
                disabled={
                  approve.isPending || !isOnline() || !previewing() || previewModel()?.empty
                }
                onClick={() => {
                  const at = previewing()
                  if (at) approve.mutate(at.plan)
                }}
              >
                {approve.isPending ? 'Applying…' : 'Apply these changes'}
              </button>
            </Show>
          }
        >
          <Show when={prepare.isPending}>
            <p class="loading">Working out the changes on the register as it is now…</p>
          </Show>
          <ErrorAlert error={prepare.error} />
          <Show when={(previewing()?.missing ?? 0) > 0}>
            <p class="notice">
              {previewing()?.missing === 1
                ? 'One chosen finding is'
                : `${previewing()?.missing} chosen findings are`}{' '}
              no longer the same on the register as it is now (resolved or changed), so{' '}
              {previewing()?.missing === 1 ? 'it is' : 'they are'} left out.
            </p>
          </Show>
          <Show when={previewModel()}>
            {(model) => (
              <Show
                when={approve.data}
                fallback={<PlanPreview model={model()} title="What approving changes" />}
              >
                {(done) => <RunResult model={model()} runId={done().runId} what="Approval" />}
              </Show>
            )}
          </Show>
          <NeedsNetwork what="Approving findings" />
          <Show
            when={isRegisterChanged(approve.error)}
            fallback={<ErrorAlert error={approve.error} />}
          >
            <p class="sk-error" role="alert">
              The register changed since these findings were worked out, so nothing was applied.
              Close this, check the findings as they are now, and approve again.
            </p>
          </Show>
        </Dialog>
      </Show>

      <Show when={dismissing()}>
        {(findings) => (
          <DismissDialog
            findings={findings()}
            pending={dismiss.isPending}
            error={dismiss.error}
            onClose={() => {
              dismiss.reset()
              setDismissing(undefined)
            }}
            onDismiss={(reason) => dismiss.mutate({ findings: findings(), reason })}
          />
        )}
      </Show>
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
  onChange: (patch: Partial<FindingFilter>) => void
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
      <FilterSelect
        id="finding-customer"
        label="Customer"
        all="All customers"
        value={props.filter.customerId}
        options={props.choices.customers}
        onChange={(customerId) => props.onChange({ customerId })}
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
      <p class="filters__count" role="status">
        {props.working
          ? 'Reconciling the register again…'
          : `${props.count.toLocaleString('en')} of ${props.total.toLocaleString('en')} findings`}
      </p>
    </div>
  )
}

function FindingTable(props: {
  rows: FindingRow[]
  selected: ReadonlySet<string>
  onToggle: (id: string, on: boolean) => void
  onTogglePage: (on: boolean) => void
  onApprove: (finding: Finding) => void
  onDismiss: (finding: Finding) => void
  working: boolean
}) {
  const allOnPage = () =>
    props.rows.length > 0 && props.rows.every((row) => props.selected.has(row.finding.id))
  return (
    <div class="table-scroll">
      <table class="table">
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
            <th scope="col">Customer</th>
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
                  <A href={`/customers/${encodeURIComponent(row.finding.customerId)}`}>
                    {row.customerName}
                  </A>
                  <Show when={row.distributors.length > 0}>
                    <span class="muted small"> · {row.distributors.join(', ')}</span>
                  </Show>
                </th>
                <td>{row.kindLabel}</td>
                <td class="num">{quantityWords(row.finding.distributorQuantity)}</td>
                <td class="num">{quantityWords(row.finding.billedQuantity)}</td>
                <td>{impactWords(row.finding, formatMoney)}</td>
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

function DismissDialog(props: {
  findings: Finding[]
  pending: boolean
  error: unknown
  onClose: () => void
  onDismiss: (reason: string) => void
}) {
  const [reason, setReason] = createSignal('')
  const [missing, setMissing] = createSignal(false)
  const submit = () => {
    const text = reason().trim()
    setMissing(text.length === 0)
    if (text.length > 0) props.onDismiss(text)
  }
  const what = () =>
    props.findings.length === 1 ? 'this finding' : `these ${props.findings.length} findings`
  return (
    <Dialog
      title="Dismiss findings"
      onClose={props.onClose}
      closeLabel="Cancel"
      actions={
        <button
          type="button"
          class="button button--primary"
          disabled={props.pending}
          onClick={submit}
        >
          {props.pending ? 'Dismissing…' : 'Dismiss'}
        </button>
      }
    >
      <p>
        Leave {what()} as {props.findings.length === 1 ? 'it is' : 'they are'}: hidden until the
        numbers behind {props.findings.length === 1 ? 'it' : 'them'} change.
      </p>
      <div class="field">
        <label for="dismiss-reason">Why</label>
        <textarea
          id="dismiss-reason"
          rows={3}
          maxLength={500}
          value={reason()}
          aria-invalid={missing() ? 'true' : undefined}
          aria-describedby={missing() ? 'dismiss-reason-error' : undefined}
          onInput={(event) => setReason(event.currentTarget.value)}
        />
        <Show when={missing()}>
          <p id="dismiss-reason-error" class="sk-error" role="alert">
            Write why you leave {what()} as {props.findings.length === 1 ? 'it is' : 'they are'}{' '}
            (for example “agreed with the customer”), so the next person knows.
          </p>
        </Show>
      </div>
      <ErrorAlert error={props.error} />
    </Dialog>
  )
}

/** One filter of the findings: "All …" (the empty value) or one of the choices findings have. */
function FilterSelect(props: {
  id: string
  label: string
  all: string
  value: string
  options: readonly { value: string; label: string }[]
  onChange: (value: string) => void
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{props.all}</option>
        <For each={props.options}>
          {(option) => <option value={option.value}>{option.label}</option>}
        </For>
      </select>
    </div>
  )
}
