import { A } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { EmptyState } from '../layout/empty-state'
import { formatDateTime, formatDuration, formatWhen } from '../ui/format-date-time'
import { Page } from '../layout/page'
import { actorLabel } from '../present/actor-label'
import { connectionNamesQueryOptions } from '../present/connection-names'
import { filterRuns, outcomeOf } from './filter-runs'
import { runListQueryOptions } from './run-queries'
import { RunFilterBar } from './run-filter-bar'
import { costText, RUN_KIND_LABEL, RUN_OUTCOME_LABEL, summaryText } from './summary-text'

export default function RunsPage() {
  const runs = useQuery(() => runListQueryOptions())
  const names = useQuery(() => connectionNamesQueryOptions())
  const [kind, setKind] = createSignal('')
  const [connectionId, setConnectionId] = createSignal('')
  const [outcome, setOutcome] = createSignal('')
  const shown = createMemo(() =>
    filterRuns(runs.data ?? [], { kind: kind(), connectionId: connectionId(), outcome: outcome() }),
  )

  return (
    <Page
      title="Runs"
      lead="Every import, sync, edit and undo — including syncs that changed nothing and ones that failed: who, what, when, how long, and each change's before and after."
    >
      <Show when={runs.isError && !runs.data}>
        <div class="alert" role="alert">
          <p>
            <strong>The run ledger could not be loaded.</strong> {runs.error?.message}
          </p>
          <button type="button" class="button" onClick={() => void runs.refetch()}>
            Try again
          </button>
        </div>
      </Show>
      <Show when={runs.isPending}>
        <p class="loading">Loading runs…</p>
      </Show>
      <Show when={runs.data}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={
              <EmptyState title="No runs yet">
                A run is recorded for every import, sync, edit and undo. Start with a connection:{' '}
                <A href="/connections">open Connections</A>.
              </EmptyState>
            }
          >
            <RunFilterBar
              runs={list()}
              connectionNames={names.data ?? {}}
              kind={kind()}
              connectionId={connectionId()}
              outcome={outcome()}
              onKind={setKind}
              onConnection={setConnectionId}
              onOutcome={setOutcome}
              shown={shown().length}
            />
            <Show when={shown().length === 0}>
              <p class="muted">No run matches these filters. Set any of them back to “All”.</p>
            </Show>
            <div class="table-scroll" tabIndex={0} role="region" aria-label="Run ledger">
              <table class="table">
                <caption class="visually-hidden">Run ledger, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Connection</th>
                    <th scope="col">By</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Took</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={shown()}>
                    {(run) => (
                      <tr>
                        <td class="nowrap">
                          <A
                            href={`/runs/${encodeURIComponent(run.id)}`}
                            title={formatDateTime(run.startedAt)}
                          >
                            {formatWhen(run.startedAt)}
                          </A>
                        </td>
                        <td>
                          {RUN_KIND_LABEL[run.kind]}
                          <Show when={run.undoneBy}>
                            <span class="tag">Undone</span>
                          </Show>
                        </td>
                        <td class="cell-text">
                          {run.connectionId
                            ? (names.data?.[run.connectionId] ?? 'A connection removed since')
                            : '—'}
                        </td>
                        <td class="cell-text">{actorLabel(run)}</td>
                        <td class="cell-text">
                          <Show
                            when={outcomeOf(run) === 'changed'}
                            fallback={
                              <span
                                class={`tag${outcomeOf(run) === 'failed' ? ' tag--danger' : ''}`}
                              >
                                {RUN_OUTCOME_LABEL[outcomeOf(run)]}
                              </span>
                            }
                          >
                            {summaryText(run.summary, run.operations)}
                          </Show>
                          <Show when={run.reason}>
                            <span class="run__reason">{run.reason}</span>
                          </Show>
                          <span class="run__reason">{costText(run)}</span>
                          <Show when={run.errors.length > 0}>
                            <span class="tag tag--danger">
                              {run.errors.length} error{run.errors.length === 1 ? '' : 's'}
                            </span>
                          </Show>
                        </td>
                        <td class="nowrap">{formatDuration(run.startedAt, run.finishedAt)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Show>
    </Page>
  )
}
