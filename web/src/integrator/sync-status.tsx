import type { SyncNow } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createEffect, createSignal, on, Show } from 'solid-js'
import { connectionKeys } from '../connections/connection-keys'
import type { ConnectionView } from '../connections/connection-view-schema'
import { syncConnectionNow } from '../connections/connections-api'
import { isOnline } from '../network/connectivity'
import { ErrorAlert } from '../ui/error-alert'
import { formatWhen } from '../ui/format-date-time'
import { NeedsNetwork } from '../ui/needs-network'
import { nightlySyncQuery, syncNowQuery } from './sync-now-query'
import { syncNowView, type SyncNowView } from './sync-outcome'
import { syncWords } from './sync-words'

/**
 * The last run (time, error, its run), Sync now, and how Sync now and the daily run go: a
 * distributor's sync or a PSA's refresh of its billing lines, each in its own words. `onEnded`
 * is called when a run this page saw running ends (the page's data moved on).
 */
export function SyncStatus(props: { connection: ConnectionView; onEnded: () => Promise<unknown> }) {
  const queryClient = useQueryClient()
  const id = () => props.connection.id
  const words = () => syncWords(props.connection)

  // Sync now runs at the edge in the background: the press starts it (or answers the one already
  // running) and the query polls it until it ends, also after a reload while it runs.
  const latest = useQuery(() => ({ ...syncNowQuery(id()), enabled: isOnline() }))
  const press = useMutation(() => ({
    mutationFn: () => syncConnectionNow(id()),
    onSuccess: (started) => queryClient.setQueryData(connectionKeys.syncNow(id()), started),
  }))
  const running = () => latest.data?.state === 'running'
  // A sync that ended before this page saw it run is old news: "Last sync" tells of it.
  const syncShown = watchedSync(
    () => latest.data,
    (sync) => syncNowView(sync, props.connection),
    () => props.onEnded(),
  )
  // The daily run as it goes (the cron's): shown while it runs, and how it ended once seen.
  const nightly = useQuery(() => ({ ...nightlySyncQuery(id()), enabled: isOnline() }))
  const nightlyShown = watchedSync(
    () => nightly.data,
    (sync) => syncNowView(sync, props.connection, Date.now(), 'daily'),
    () => props.onEnded(),
  )

  return (
    <section class="card sk-stack" aria-labelledby="last-sync-title">
      <h3 id="last-sync-title">{words().last.title}</h3>
      <dl class="sk-details">
        <dt>{words().last.time}</dt>
        <dd>
          {props.connection.status.lastSyncAt
            ? formatWhen(props.connection.status.lastSyncAt)
            : words().last.never}
        </dd>
        <dt>Last error</dt>
        <dd>{props.connection.status.lastError ?? 'None'}</dd>
        <Show when={props.connection.status.lastRunId}>
          {(runId) => (
            <>
              <dt>Last run</dt>
              <dd>
                <A href={`/runs/${encodeURIComponent(runId())}`}>See the run</A>
              </dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={words().syncNowHelp}>{(help) => <p class="sk-help">{help()}</p>}</Show>
      <div class="sk-actions">
        <button
          type="button"
          class="button button--primary"
          disabled={press.isPending || running() || !isOnline()}
          onClick={() => press.mutate()}
        >
          Sync now
        </button>
        <NeedsNetwork what="Sync now" />
      </div>
      <div role="status" aria-live="polite">
        <Show when={nightlyShown()}>{(shown) => <SyncOutcome shown={shown()} />}</Show>
        <Show when={syncShown()}>{(shown) => <SyncOutcome shown={shown()} />}</Show>
      </div>
      <ErrorAlert error={press.error ?? latest.error} />
    </section>
  )
}

/**
 * A sync's view while it runs and, once this page has seen it run, how it ended; its end calls
 * `ended` (the page's data moved on).
 */
function watchedSync(
  sync: () => SyncNow | null | undefined,
  view: (sync: SyncNow) => SyncNowView,
  ended: () => Promise<unknown>,
) {
  const [watched, setWatched] = createSignal(false)
  createEffect(
    on(
      () => sync()?.state,
      (state, previous) => {
        if (state === 'running') setWatched(true)
        else if (previous === 'running' && state) void ended()
      },
    ),
  )
  return () => {
    const current = sync()
    return current && (current.state === 'running' || watched()) ? view(current) : undefined
  }
}

/** How a sync (Sync now's or the daily one) is going, or how it ended. */
function SyncOutcome(props: { shown: SyncNowView }) {
  return (
    <div class={`sk-outcome sk-outcome--${props.shown.tone}`}>
      <p class="sk-outcome__title">{props.shown.title}</p>
      <p>{props.shown.message}</p>
      <Show when={props.shown.runId}>
        {(runId) => (
          <p>
            <A href={`/runs/${encodeURIComponent(runId())}`}>See the run with every change</A>
          </p>
        )}
      </Show>
    </div>
  )
}
