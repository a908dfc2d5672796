import type { BillingLine, Finding, Subscription } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { formatMoney } from '../layout/format-money'
import { confidenceText } from '../mappings/suggestion-selection'
import { isOnline } from '../network/connectivity'
import { connectionNamesQueryOptions } from '../present/connection-names'
import { runKeys } from '../register/run-keys'
import { refreshRegister } from '../register/submit-plan'
import { useRegister } from '../register/use-register'
import { Dialog } from '../ui/dialog'
import { ErrorAlert } from '../ui/error-alert'
import { formatDate } from '../ui/format-date-time'
import { NeedsNetwork } from '../ui/needs-network'
import { linkSubscription, markNotBillable, removeBillingLine } from './billing-api'
import { BillingLineDialog } from './billing-line-dialog'
import { PERIOD_LABELS } from './billing-line-form'
import {
  customerBilling,
  customerLinkSuggestions,
  NOT_BILLABLE_LABELS,
  type SubscriptionView,
} from './customer-billing'
import { FindingDecisionDialogs, useFindingDecisions } from './finding-decisions'
import { FindingTable } from './finding-table'
import { canApprove, findingRows, subscriptionOfFinding } from './reconciliation-model'
import { useMarginFloor, useReconciliation } from './use-reconciliation'

/** A write of the tab: what to send, and what to say once it is done. */
type Write = { send: () => Promise<{ runId: string | null } | unknown>; done: string }

/**
 * A customer's Billing tab: its billing lines with the subscriptions linked to each, the findings
 * of the same reconcile the Reconciliation page runs (approve and dismiss as there), the
 * subscriptions on no line with link suggestions, and the writes (each a run, undoable on the
 * Runs page). Offline it reads from the cached register; the writes say they need the network.
 */
export default function CustomerBillingTab(props: { customerId: string }) {
  const register = useRegister()
  const client = useQueryClient()
  const names = useQuery(() => connectionNamesQueryOptions())
  const marginFloor = useMarginFloor()
  const reconciled = useReconciliation(() => register.data, marginFloor)
  const [notice, setNotice] = createSignal<{ text: string; runId?: string }>()
  const [editing, setEditing] = createSignal<{ line?: BillingLine }>()
  const [removing, setRemoving] = createSignal<BillingLine>()
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set())

  const billing = createMemo(() => {
    const data = register.data
    if (!data) return undefined
    return customerBilling(
      data,
      props.customerId,
      reconciled().result?.findings ?? [],
      names.data ?? {},
    )
  })
  const rows = createMemo(() => {
    const data = register.data
    const b = billing()
    return data && b ? findingRows(data, b.findings) : []
  })
  const suggestions = createMemo(() =>
    register.data ? customerLinkSuggestions(register.data, props.customerId) : [],
  )
  const lineName = (id: string) =>
    billing()?.lines.find((l) => l.line.id === id)?.line.description ?? 'a line'
  const currency = () =>
    register.data?.subscriptions.find((s) => s.customerId === props.customerId && s.currency)
      ?.currency

  const decisions = useFindingDecisions({
    marginFloor: marginFloor.value,
    onApproved: () => setSelected(new Set<string>()),
    onDismissed: (count) => {
      setSelected(new Set<string>())
      setNotice({ text: `${count === 1 ? 'One finding' : `${count} findings`} dismissed.` })
    },
    onMarkedNotBillable: (text, runId) => setNotice({ text, runId }),
  })
  const markFinding = (finding: Finding) => {
    const subscription = subscriptionOfFinding(register.data, finding)
    if (subscription) decisions.askNotBillable(subscription)
  }

  const write = useMutation(() => ({
    mutationFn: async ({ send }: Write) => send(),
    onSuccess: (answer, { done }) => {
      const runId =
        answer &&
        typeof answer === 'object' &&
        'runId' in answer &&
        typeof answer.runId === 'string'
          ? answer.runId
          : undefined
      setNotice({ text: done, runId })
    },
    onSettled: () => afterWrite(),
  }))
  const send = (w: Write) => {
    setNotice(undefined)
    write.mutate(w)
  }
  async function afterWrite() {
    await refreshRegister(client).catch(() => undefined)
    void client.invalidateQueries({ queryKey: runKeys.all })
  }
  const offline = () => !isOnline() || write.isPending

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected())
    if (on) next.add(id)
    else next.delete(id)
    setSelected(next)
  }
  const chosen = () => rows().filter((row) => selected().has(row.finding.id))

  const unlink = (s: SubscriptionView, lineId: string) =>
    send({
      send: () => linkSubscription(s.subscription.id, null),
      done: `${s.subscription.name} is no longer billed on “${lineName(lineId)}”.`,
    })
  const link = (subscription: Subscription, lineId: string) =>
    send({
      send: () => linkSubscription(subscription.id, lineId),
      done: `${subscription.name} is now billed on “${lineName(lineId)}”.`,
    })

  return (
    <div class="sk-billing">
      <Show when={notice()}>
        {(n) => (
          <p class="notice" role="status">
            {n().text}{' '}
            <Show
              when={n().runId}
              fallback={<A href="/runs">The Runs page shows the change and can undo it.</A>}
            >
              {(runId) => (
                <A href={`/runs/${encodeURIComponent(runId())}`}>See the change (Undo is there)</A>
              )}
            </Show>
          </p>
        )}
      </Show>
      <ErrorAlert error={write.error} />
      <ErrorAlert error={reconciled().error} />

      <section class="section" aria-labelledby="billing-findings">
        <h2 id="billing-findings">Findings</h2>
        <Show
          when={reconciled().result}
          fallback={<p class="loading">Reconciling the register…</p>}
        >
          <Show
            when={rows().length > 0}
            fallback={
              <p class="muted">
                Nothing to reconcile: what this customer is billed matches what the distributors
                charge.
              </p>
            }
          >
            <div class="toolbar" role="toolbar" aria-label="Finding actions">
              <button
                type="button"
                class="button button--primary"
                disabled={reconciled().working || !chosen().some((row) => canApprove(row.finding))}
                onClick={() => decisions.preview(chosen().map((row) => row.finding))}
              >
                Approve selected ({chosen().length})
              </button>
              <button
                type="button"
                class="button"
                disabled={chosen().length === 0 || !isOnline()}
                onClick={() => decisions.askDismiss(chosen().map((row) => row.finding))}
              >
                Dismiss selected
              </button>
              <NeedsNetwork what="Dismissing a finding" />
            </div>
            <FindingTable
              customerColumn={false}
              rows={rows()}
              selected={selected()}
              onToggle={toggle}
              onTogglePage={(on) =>
                setSelected(new Set(on ? rows().map((row) => row.finding.id) : []))
              }
              onApprove={(finding) => decisions.preview([finding])}
              onDismiss={(finding) => decisions.askDismiss([finding])}
              onMarkNotBillable={markFinding}
              working={reconciled().working}
            />
          </Show>
        </Show>
      </section>

      <section class="section" aria-labelledby="billing-lines">
        <h2 id="billing-lines">Billing lines</h2>
        <div class="toolbar">
          <button type="button" class="button" disabled={offline()} onClick={() => setEditing({})}>
            Add a billing line
          </button>
          <NeedsNetwork what="Changing billing lines" />
        </div>
        <Show
          when={(billing()?.lines.length ?? 0) > 0}
          fallback={
            <p class="muted">
              No billing lines yet. Add one, or{' '}
              <A href="/customers?import=billing-lines">
                import them from a CSV on the Customers page
              </A>
              .
            </p>
          }
        >
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Billing lines table">
            <table class="table">
              <caption class="visually-hidden">Billing lines</caption>
              <thead>
                <tr>
                  <th scope="col">Description</th>
                  <th scope="col" class="nowrap">
                    Quantity
                  </th>
                  <th scope="col" class="num nowrap">
                    Unit price
                  </th>
                  <th scope="col" class="num nowrap">
                    Unit cost
                  </th>
                  <th scope="col" class="nowrap">
                    Period
                  </th>
                  <th scope="col" class="nowrap">
                    Start
                  </th>
                  <th scope="col" class="nowrap">
                    End
                  </th>
                  <th scope="col">From</th>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <For each={billing()?.lines}>
                {(view) => (
                  <tbody>
                    <tr>
                      <th scope="row">
                        {view.line.description}
                        <Show when={view.line.itemCode}>
                          <span class="muted small"> {view.line.itemCode}</span>
                        </Show>
                        <Show when={view.line.inactive}>
                          {' '}
                          <span class="sk-badge">Inactive</span>
                        </Show>
                      </th>
                      <td>{view.quantityWords}</td>
                      <td class="num nowrap">
                        {formatMoney(view.line.unitPrice, view.line.currency)}
                      </td>
                      <td class="num nowrap">
                        {formatMoney(view.line.unitCost, view.line.currency) || '—'}
                      </td>
                      <td class="nowrap">{PERIOD_LABELS[view.line.period]}</td>
                      <td class="nowrap">{formatDate(view.line.startDate) || '—'}</td>
                      <td class="nowrap">{formatDate(view.line.endDate) || '—'}</td>
                      <td>{view.sourceWords}</td>
                      <td>
                        {/* A PSA's line changes in the PSA, or through an approved finding. */}
                        <Show when={view.line.source.kind !== 'psa'}>
                          <div class="toolbar">
                            <button
                              type="button"
                              class="button button--small"
                              disabled={offline()}
                              aria-label={`Edit ${view.line.description}`}
                              onClick={() => setEditing({ line: view.line })}
                            >
                              Edit
                            </button>
                            <button
                              type="button"
                              class="button button--small"
                              disabled={offline()}
                              aria-label={`Remove ${view.line.description}`}
                              onClick={() => setRemoving(view.line)}
                            >
                              Remove
                            </button>
                          </div>
                        </Show>
                      </td>
                    </tr>
                    <tr class="sk-billing__linked">
                      <td colSpan={9}>
                        <Show
                          when={view.linked.length > 0}
                          fallback={<span class="muted small">No subscription is linked.</span>}
                        >
                          <ul
                            class="sk-billing__links"
                            aria-label={`Subscriptions billed on ${view.line.description}`}
                          >
                            <For each={view.linked}>
                              {(s) => (
                                <li>
                                  <SubscriptionWords view={s} />{' '}
                                  <button
                                    type="button"
                                    class="button button--small"
                                    disabled={offline()}
                                    aria-label={`Unlink ${s.subscription.name} (${s.connectionName})`}
                                    onClick={() => unlink(s, view.line.id)}
                                  >
                                    Unlink
                                  </button>
                                </li>
                              )}
                            </For>
                          </ul>
                        </Show>
                      </td>
                    </tr>
                  </tbody>
                )}
              </For>
            </table>
          </div>
        </Show>
      </section>

      <section class="section" aria-labelledby="billing-unlinked">
        <h2 id="billing-unlinked">Subscriptions on no line</h2>
        <Show
          when={(billing()?.unlinked.length ?? 0) > 0}
          fallback={<p class="muted">Every subscription of this customer is on a line.</p>}
        >
          <NeedsNetwork what="Linking a subscription" />
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Unlinked table">
            <table class="table">
              <caption class="visually-hidden">Subscriptions on no line</caption>
              <thead>
                <tr>
                  <th scope="col">Subscription</th>
                  <th scope="col">Billing</th>
                  <th scope="col">Link to a line</th>
                </tr>
              </thead>
              <tbody>
                <For each={billing()?.unlinked}>
                  {(s) => (
                    <tr>
                      <th scope="row">
                        <SubscriptionWords view={s} />
                      </th>
                      <td>
                        <Show
                          when={s.subscription.notBillable}
                          fallback={
                            <button
                              type="button"
                              class="button button--small"
                              disabled={offline()}
                              aria-label={`Mark ${s.subscription.name} (${s.connectionName}) not billable`}
                              onClick={() => decisions.askNotBillable(s.subscription)}
                            >
                              Mark not billable
                            </button>
                          }
                        >
                          {(mark) => (
                            <>
                              Not billable: {NOT_BILLABLE_LABELS[mark().reason]}
                              <Show when={mark().note}> ({mark().note})</Show>{' '}
                              <button
                                type="button"
                                class="button button--small"
                                disabled={offline()}
                                aria-label={`Bill ${s.subscription.name} (${s.connectionName}) again`}
                                onClick={() =>
                                  send({
                                    send: () => markNotBillable(s.subscription.id, null),
                                    done: `${s.subscription.name} is billable again.`,
                                  })
                                }
                              >
                                Clear
                              </button>
                            </>
                          )}
                        </Show>
                      </td>
                      <td>
                        <LinkPicker
                          subscription={s}
                          lines={(billing()?.lines ?? []).map((l) => l.line)}
                          disabled={offline()}
                          onLink={(lineId) => link(s.subscription, lineId)}
                        />
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      </section>

      <section class="card sk-suggestions" aria-labelledby="billing-suggestions">
        <h2 id="billing-suggestions">Link suggestions ({suggestions().length})</h2>
        <p class="sk-muted">
          Lines of this customer its unlinked subscriptions may be billed on, scored on evidence:
          item code and SKU, the product name (with its common short forms), quantity and period.
          Nothing is linked until you accept it; “high” is 90% or more.
        </p>
        <Show
          when={suggestions().length > 0}
          fallback={<p>No suggestions: every subscription is linked or has no likely line.</p>}
        >
          <div class="sk-actions">
            <button
              type="button"
              class="button"
              disabled={offline() || !suggestions().some((s) => s.suggestion.candidates[0]?.high)}
              onClick={() => {
                const high = suggestions().flatMap(({ suggestion, subscription }) => {
                  const best = suggestion.candidates[0]
                  return best?.high ? [{ subscription, lineId: best.lineId }] : []
                })
                send({
                  send: async () => {
                    for (const h of high) await linkSubscription(h.subscription.id, h.lineId)
                  },
                  done: `Accepted ${high.length} high-confidence ${high.length === 1 ? 'suggestion' : 'suggestions'}.`,
                })
              }}
            >
              Accept all high-confidence
            </button>
          </div>
          <ul class="sk-suggestions__list">
            <For each={suggestions()}>
              {({ suggestion, subscription }) => (
                <li>
                  <p class="sk-suggestions__external">
                    <strong>{subscription.name}</strong>{' '}
                    <span class="muted small">
                      {names.data?.[subscription.connectionId] ?? subscription.distributor},{' '}
                      {subscription.quantity} seats
                    </span>
                  </p>
                  <ul>
                    <For each={suggestion.candidates}>
                      {(candidate) => (
                        <li class="sk-suggestions__candidate">
                          {candidate.description}{' '}
                          <span class={candidate.high ? 'sk-badge sk-badge--ok' : 'sk-badge'}>
                            {confidenceText(candidate.confidence)} confidence
                          </span>
                          <ul class="sk-reasons">
                            <For each={candidate.reasons}>{(reason) => <li>{reason}</li>}</For>
                          </ul>
                          <span class="sk-actions">
                            <button
                              type="button"
                              class="button button--small"
                              disabled={offline()}
                              aria-label={`Accept ${candidate.description} for ${subscription.name} (${names.data?.[subscription.connectionId] ?? subscription.distributor})`}
                              onClick={() => link(subscription, candidate.lineId)}
                            >
                              Accept
                            </button>
                          </span>
                        </li>
                      )}
                    </For>
                  </ul>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <Show when={editing()}>
        {(at) => (
          <BillingLineDialog
            customerId={props.customerId}
            line={at().line}
            currency={currency()}
            onClose={(message) => {
              setEditing(undefined)
              if (message) {
                setNotice({ text: message })
                void afterWrite()
              }
            }}
          />
        )}
      </Show>
      <Show when={removing()}>
        {(line) => (
          <RemoveLineDialog
            line={line()}
            linked={billing()?.lines.find((l) => l.line.id === line().id)?.linked.length ?? 0}
            onClose={() => setRemoving(undefined)}
            onRemove={() => {
              // Read before closing: the dialog's accessor is gone once `removing` is cleared.
              const { id, description } = line()
              setRemoving(undefined)
              send({ send: () => removeBillingLine(id), done: `Removed “${description}”.` })
            }}
          />
        )}
      </Show>
      <FindingDecisionDialogs decisions={decisions} />
    </div>
  )
}

function SubscriptionWords(props: { view: SubscriptionView }) {
  const s = () => props.view.subscription
  return (
    <span>
      {s().name} <span class="muted small">{props.view.connectionName}</span> · {s().quantity}{' '}
      {s().quantity === 1 ? 'seat' : 'seats'}
      {s().trial ? ' (trial)' : ''}
      {s().active ? '' : ' (inactive)'}
    </span>
  )
}

function LinkPicker(props: {
  subscription: SubscriptionView
  lines: readonly BillingLine[]
  disabled: boolean
  onLink: (lineId: string) => void
}) {
  const [lineId, setLineId] = createSignal('')
  const id = `link-${props.subscription.subscription.id}`
  return (
    <Show
      when={props.lines.length > 0}
      fallback={<span class="muted small">Add a line first.</span>}
    >
      <div class="sk-actions">
        <label for={id} class="visually-hidden">
          Line for {props.subscription.subscription.name} ({props.subscription.connectionName})
        </label>
        <select id={id} value={lineId()} onChange={(e) => setLineId(e.currentTarget.value)}>
          <option value="">Choose a line…</option>
          <For each={props.lines}>
            {(line) => <option value={line.id}>{line.description}</option>}
          </For>
        </select>
        <button
          type="button"
          class="button button--small"
          disabled={props.disabled || lineId() === ''}
          aria-label={`Link ${props.subscription.subscription.name} (${props.subscription.connectionName})`}
          onClick={() => props.onLink(lineId())}
        >
          Link
        </button>
      </div>
    </Show>
  )
}

function RemoveLineDialog(props: {
  line: BillingLine
  linked: number
  onClose: () => void
  onRemove: () => void
}) {
  return (
    <Dialog
      title={`Remove ${props.line.description}`}
      onClose={props.onClose}
      closeLabel="Cancel"
      actions={
        <button
          type="button"
          class="button button--primary"
          disabled={props.linked > 0 || !isOnline()}
          onClick={props.onRemove}
        >
          Remove line
        </button>
      }
    >
      <Show
        when={props.linked === 0}
        fallback={
          <p class="sk-error" role="alert">
            {props.linked === 1 ? 'One subscription is' : `${props.linked} subscriptions are`}{' '}
            billed on this line. Unlink {props.linked === 1 ? 'it' : 'them'} first (or mark the line
            inactive instead, to keep its history).
          </p>
        }
      >
        <p>
          The line is removed from this customer’s billing. The Runs page keeps the change and can
          undo it.
        </p>
      </Show>
      <NeedsNetwork what="Removing a billing line" />
    </Dialog>
  )
}
