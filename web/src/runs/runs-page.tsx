import { A } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { For, Show } from 'solid-js'
import { EmptyState } from '../layout/empty-state'
import { formatDateTime } from '../ui/format-date-time'
import { Page } from '../layout/page'
import { connectionNamesQueryOptions } from './connection-names'
import { runListQueryOptions } from './run-queries'
import { RUN_KIND_LABEL, RUN_TRIGGER_LABEL, summaryText } from './summary-text'

export default function RunsPage() {
  const runs = useQuery(() => runListQueryOptions())
  const names = useQuery(() => connectionNamesQueryOptions())

  return (
    <Page
      title="Runs"
      lead="Every change to the register: imports, syncs, edits and undos — who, what and when, each with its before and after."
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
                A run is recorded for every import, sync, edit and undo.
              </EmptyState>
            }
          >
            <div class="table-scroll" tabIndex={0} role="region" aria-label="Run ledger">
              <table class="table">
                <caption class="visually-hidden">Run ledger, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Connection</th>
                    <th scope="col">Trigger</th>
                    <th scope="col">By</th>
                    <th scope="col">Changes</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(run) => (
                      <tr>
                        <td>
                          <A href={`/runs/${encodeURIComponent(run.id)}`}>
                            {formatDateTime(run.startedAt)}
                          </A>
                        </td>
                        <td>
                          {RUN_KIND_LABEL[run.kind]}
                          <Show when={run.undoneBy}>
                            <span class="tag">Undone</span>
                          </Show>
                        </td>
                        <td>
                          {run.connectionId
                            ? (names.data?.[run.connectionId] ?? run.connectionId)
                            : '—'}
                        </td>
                        <td>{RUN_TRIGGER_LABEL[run.trigger]}</td>
                        <td>{run.actor}</td>
                        <td>
                          {summaryText(run.summary, run.operations)}
                          <Show when={run.errors.length > 0}>
                            <span class="tag tag--danger">
                              {run.errors.length} error{run.errors.length === 1 ? '' : 's'}
                            </span>
                          </Show>
                        </td>
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
