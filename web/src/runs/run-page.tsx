import { A, useParams } from '@solidjs/router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createMemo, For, Show } from 'solid-js'
import { undoRun } from '../api/run-api'
import type { PsaLineChangeResult, UndoResult } from '@seatkeeper/core'
import { undoPsaChange } from '../billing/billing-api'
import { psaLabel, psaLineOfRun, psaUndoWords } from '../billing/psa-approval'
import { errorMessage } from '../ui/error-message'
import { formatDateTime, formatDuration } from '../ui/format-date-time'
import { Page } from '../layout/page'
import { isOnline } from '../network/connectivity'
import { actorLabel } from '../present/actor-label'
import { customerLabels } from '../present/customer-labels'
import { useRegister } from '../register/use-register'
import { refreshRegister } from '../register/submit-plan'
import { connectionNamesQueryOptions } from '../present/connection-names'
import type { RecordNames } from './operation-diff'
import { RunChangesList } from './run-changes-list'
import { runHeadQueryOptions } from './run-queries'
import { useRunOperations } from './use-run-operations'
import { runKeys } from '../register/run-keys'
import { RUN_KIND_LABEL, RUN_OUTCOME_LABEL, RUN_TRIGGER_LABEL, summaryText } from './summary-text'

export default function RunPage() {
  const params = useParams<{ id: string }>()
  const detail = useQuery(() => runHeadQueryOptions(params.id))
  // The operations come by page beside the head: the first rows show while the rest arrive.
  const reading = useRunOperations(() => params.id)
  const operations = createMemo(() => reading.progress().operations)
  const names = useQuery(() => connectionNamesQueryOptions())
  const register = useRegister()
  // Ids in the changes shown by name: top levels and customers through the plan preview's lookup
  // of the register, connections from the connection list. Built once per register version.
  const recordNames = createMemo((): RecordNames => {
    const connections = names.data ?? {}
    const data = register.data
    const customers = data ? customerLabels(data) : new Map<string, string>()
    const topLevels = new Map(data?.topLevels.map((t) => [t.id, t.name]))
    const subscriptions = new Map(data?.subscriptions.map((s) => [s.id, s.name]))
    return {
      customer: (id) => customers.get(id),
      topLevel: (id) => topLevels.get(id),
      subscription: (id) => subscriptions.get(id),
      connection: (id) => connections[id],
    }
  })
  const client = useQueryClient()
  // A write-back run changed a PSA's line: its undo is the PSA's inverse change, sent through the
  // edge, which then undoes the run in the ledger (the generic undo would change only the register).
  const psaLine = createMemo(() => {
    const data = detail.data
    if (!data || data.run.kind !== 'reconciliation' || !register.data) return undefined
    if (!reading.progress().done) return undefined
    return psaLineOfRun(operations(), register.data)
  })
  const undoPsa = useMutation(() => ({
    mutationFn: (lineId: string) => undoPsaChange(lineId, params.id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: runKeys.all })
      await refreshRegister(client).catch(() => undefined)
    },
  }))
  const undonePsa = (): PsaLineChangeResult | undefined => undoPsa.data
  const undo = useMutation(() => ({
    mutationFn: () => undoRun(params.id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: runKeys.all })
      // The undo is applied; a failed refresh only leaves the cached register behind for now.
      await refreshRegister(client).catch(() => undefined)
    },
  }))
  const undone = (): UndoResult | undefined => undo.data

  return (
    <Show
      when={detail.data}
      fallback={
        <Page title="Run" lead="">
          <Show when={detail.isPending} fallback={<Failure message={detail.error?.message} />}>
            <p class="loading">Loading the run…</p>
          </Show>
        </Page>
      }
    >
      {(data) => (
        <Page
          title={`${RUN_KIND_LABEL[data().run.kind]} · ${formatDateTime(data().run.startedAt)}`}
          lead={summaryText(data().run.summary, data().run.operations)}
        >
          <p>
            <A href="/runs">← All runs</A>
          </p>
          <dl class="details__list">
            <dt>Trigger</dt>
            <dd>{RUN_TRIGGER_LABEL[data().run.trigger]}</dd>
            <dt>By</dt>
            <dd>{actorLabel(data().run)}</dd>
            <dt>Took</dt>
            <dd>{formatDuration(data().run.startedAt, data().run.finishedAt) || '—'}</dd>
            <Show when={data().run.outcome}>
              {(outcome) => (
                <>
                  <dt>Outcome</dt>
                  <dd>{RUN_OUTCOME_LABEL[outcome()]}</dd>
                </>
              )}
            </Show>
            <Show when={data().run.reason}>
              {(reason) => (
                <>
                  <dt>Reason</dt>
                  <dd>{reason()}</dd>
                </>
              )}
            </Show>
            <Show when={data().run.connectionId}>
              {(id) => (
                <>
                  <dt>Connection</dt>
                  <dd>{names.data?.[id()] ?? 'A connection removed since'}</dd>
                </>
              )}
            </Show>
            <Show when={data().run.undoOf}>
              {(of) => (
                <>
                  <dt>Undoes</dt>
                  <dd>
                    <A href={`/runs/${encodeURIComponent(of())}`}>the run it reverted</A>
                  </dd>
                </>
              )}
            </Show>
          </dl>
          <Show when={data().run.errors.length > 0}>
            <div class="alert" role="alert">
              <ul>
                <For each={data().run.errors}>{(error) => <li>{error}</li>}</For>
              </ul>
            </div>
          </Show>
          <div class="toolbar">
            <Show
              when={
                !data().run.undoneBy &&
                !undone() &&
                !undonePsa() &&
                data().run.operations > 0 &&
                // Whether a reconciliation run undoes in a PSA shows in its operations: wait for them.
                (data().run.kind !== 'reconciliation' || reading.progress().done)
              }
              fallback={
                <Show when={data().run.undoneBy}>
                  {(by) => (
                    <p>
                      This run was undone by{' '}
                      <A href={`/runs/${encodeURIComponent(by())}`}>a later run</A>.
                    </p>
                  )}
                </Show>
              }
            >
              <Show
                when={psaLine()}
                fallback={
                  <button
                    type="button"
                    class="button button--danger"
                    onClick={() => undo.mutate()}
                    disabled={undo.isPending || !isOnline()}
                  >
                    {undo.isPending ? 'Undoing…' : 'Undo'}
                  </button>
                }
              >
                {(line) => (
                  <>
                    <button
                      type="button"
                      class="button button--danger"
                      onClick={() => undoPsa.mutate(line().lineId)}
                      disabled={undoPsa.isPending || !isOnline()}
                    >
                      {undoPsa.isPending ? 'Undoing…' : `Undo in ${psaLabel(line().psa)}`}
                    </button>
                    <span class="muted">{psaUndoWords(line().psa)}</span>
                  </>
                )}
              </Show>
              <Show when={!isOnline()}>
                <span class="muted">Undo needs the network.</span>
              </Show>
            </Show>
          </div>
          <Show when={undo.isError}>
            <p class="form__error" role="alert">
              {errorMessage(undo.error)}
            </p>
          </Show>
          <Show when={undoPsa.isError}>
            <p class="form__error" role="alert">
              {errorMessage(undoPsa.error)} Nothing was undone.
            </p>
          </Show>
          <Show when={undonePsa()}>
            {(result) => (
              <section class="card" role="status" aria-labelledby="undo-result">
                <h2 id="undo-result">
                  Undone in {psaLabel(psaLine()?.psa ?? '')}: “{result().line.description}” is back
                  at {result().line.quantity} (read back)
                </h2>
                <Show when={result().runId}>
                  {(id) => <A href={`/runs/${encodeURIComponent(id())}`}>View the undo run</A>}
                </Show>
              </section>
            )}
          </Show>
          <Show when={undone()}>
            {(result) => (
              <section class="card" role="status" aria-labelledby="undo-result">
                <h2 id="undo-result">
                  Undone: {result().reverted} record{result().reverted === 1 ? '' : 's'} reverted
                </h2>
                <Show when={result().runId}>
                  {(id) => <A href={`/runs/${encodeURIComponent(id())}`}>View the undo run</A>}
                </Show>
                <Show when={result().notReverted.length > 0}>
                  <table class="table">
                    <caption>Not reverted, because something newer changed them</caption>
                    <thead>
                      <tr>
                        <th scope="col">Record</th>
                        <th scope="col">Reason</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={result().notReverted}>
                        {(row) => (
                          <tr>
                            <td>{row.record}</td>
                            <td>{row.reason}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </Show>
              </section>
            )}
          </Show>
          <section aria-labelledby="changes-title" class="ops">
            <h2 id="changes-title">Changes ({data().run.operations})</h2>
            <Show
              when={data().run.operations > 0}
              fallback={<p class="muted">This run changed nothing.</p>}
            >
              <RunChangesList
                operations={operations()}
                loaded={reading.progress().loaded}
                total={data().run.operations}
                names={recordNames()}
              />
              <Show when={reading.progress().failed}>
                {(failed) => (
                  <div class="alert" role="alert">
                    <p>
                      Changes from {(failed().from + 1).toLocaleString('en')} on could not be read:{' '}
                      {errorMessage(failed().error)}
                    </p>
                    <button type="button" class="button" onClick={() => reading.retry()}>
                      Try again
                    </button>
                  </div>
                )}
              </Show>
            </Show>
          </section>
          <Show when={data().skipped.length > 0}>
            <section aria-labelledby="skipped-title" class="card">
              <h2 id="skipped-title">Left alone ({data().skipped.length})</h2>
              <ul>
                <For each={data().skipped}>
                  {(s) => (
                    <li>
                      {s.entity} “{s.name}”: {s.reason}
                    </li>
                  )}
                </For>
              </ul>
            </section>
          </Show>
          <details class="technical">
            <summary>Technical details</summary>
            <p class="small">
              Run ID for support: {data().run.id} · register version {data().run.baseVersion} →{' '}
              {data().run.version}
            </p>
          </details>
          <Show when={data().quarantine.length > 0}>
            <section aria-labelledby="held-title" class="card">
              <h2 id="held-title">Held back by the deletion guard ({data().quarantine.length})</h2>
              <ul>
                <For each={data().quarantine}>
                  {(q) => (
                    <li>
                      “{q.name}”: {q.reason}
                    </li>
                  )}
                </For>
              </ul>
            </section>
          </Show>
        </Page>
      )}
    </Show>
  )
}

function Failure(props: { message?: string }) {
  return (
    <div class="alert" role="alert">
      <p>{props.message ?? 'This run could not be loaded.'}</p>
      <A href="/runs">Back to all runs</A>
    </div>
  )
}
