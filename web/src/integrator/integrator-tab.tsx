import type { ConnectionSettings, SyncNow } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createEffect, createSignal, Match, on, Show, Switch } from 'solid-js'
import { connectionKeys } from '../connections/connection-keys'
import { putConnectionSettings } from '../connections/connection-settings-api'
import { connectionSettingsQuery } from '../connections/connection-settings-query'
import type { ConnectionView } from '../connections/connection-view-schema'
import { syncConnectionNow } from '../connections/connections-api'
import { errorMessage } from '../ui/error-message'
import { SaveStatus } from '../ui/save-status'
import { formatWhen } from '../ui/format-date-time'
import { refreshRegister } from '../register/submit-plan'
import { runKeys } from '../register/run-keys'
import { MissingList } from './missing-list'
import { QuarantineList } from './quarantine-list'
import { disappearanceChoices, syncNowView, type SyncNowView } from './sync-outcome'
import { nightlySyncQuery, syncNowQuery } from './sync-now-query'
import { saveSettings } from '../db/settings-cache'
import { ErrorAlert } from '../ui/error-alert'
import { NeedsNetwork } from '../ui/needs-network'
import { isOnline } from '../network/connectivity'

/** Integrator: the daily sync's settings, its last result, held-back removals, and Sync now. */
export default function IntegratorTab(props: { connection: ConnectionView }) {
  const queryClient = useQueryClient()
  const id = () => props.connection.id
  const settings = useQuery(() => connectionSettingsQuery(id()))

  const afterChange = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: connectionKeys.detail(id()) }),
      queryClient.invalidateQueries({ queryKey: connectionKeys.list() }),
      queryClient.invalidateQueries({ queryKey: connectionKeys.quarantine(id()) }),
      queryClient.invalidateQueries({ queryKey: runKeys.all }),
      refreshRegister(queryClient).catch(() => undefined),
    ])
  }

  const save = useMutation(() => ({
    mutationFn: (next: ConnectionSettings) => putConnectionSettings(id(), next),
    onSuccess: async (saved) => {
      queryClient.setQueryData(connectionKeys.settings(id()), saved)
      await saveSettings(id(), saved)
    },
  }))

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
    (sync) => syncNowView(sync, props.connection.distributorLabel),
    afterChange,
  )
  // The daily sync as it goes (the cron's run): shown while it runs, and how it ended once seen.
  const nightly = useQuery(() => ({ ...nightlySyncQuery(id()), enabled: isOnline() }))
  const nightlyShown = watchedSync(
    () => nightly.data,
    (sync) => syncNowView(sync, props.connection.distributorLabel, Date.now(), 'daily'),
    afterChange,
  )

  const update = (
    change: (current: ConnectionSettings['integrator']) => ConnectionSettings['integrator'],
  ) => {
    const loaded = settings.data
    if (loaded) save.mutate({ ...loaded, integrator: change(loaded.integrator) })
  }

  return (
    <div class="sk-stack">
      <Switch>
        <Match when={settings.data}>
          {(loaded) => (
            <fieldset class="sk-options" disabled={!isOnline()}>
              <legend>Daily sync</legend>
              <div class="sk-field sk-field--check">
                <input
                  id="integrator-enabled"
                  type="checkbox"
                  checked={loaded().integrator.enabled}
                  onChange={(event) =>
                    update((current) => ({ ...current, enabled: event.currentTarget.checked }))
                  }
                />
                <label for="integrator-enabled">Enabled: sync this connection every day</label>
              </div>
              <fieldset class="sk-options sk-options--inner">
                <legend>Entities to sync</legend>
                <div class="sk-field sk-field--check">
                  <input
                    id="integrator-customers"
                    type="checkbox"
                    checked={loaded().integrator.entities.customers}
                    onChange={(event) =>
                      update((current) => ({
                        ...current,
                        entities: { ...current.entities, customers: event.currentTarget.checked },
                      }))
                    }
                  />
                  <label for="integrator-customers">Customers</label>
                </div>
                <div class="sk-field sk-field--check">
                  <input
                    id="integrator-subscriptions"
                    type="checkbox"
                    checked={loaded().integrator.entities.subscriptions}
                    onChange={(event) =>
                      update((current) => ({
                        ...current,
                        entities: {
                          ...current.entities,
                          subscriptions: event.currentTarget.checked,
                        },
                      }))
                    }
                  />
                  <label for="integrator-subscriptions">Subscriptions</label>
                </div>
                <p class="sk-help">
                  Each ticked kind is synced whole: every one the distributor lists is imported or
                  updated, new ones included. An unticked kind is left as it is here.
                </p>
              </fieldset>
              <fieldset
                class="sk-options sk-options--inner"
                aria-describedby="integrator-deactivate-help"
              >
                <legend>{disappearanceChoices(props.connection.distributorLabel).question}</legend>
                <div class="sk-field sk-field--check">
                  <input
                    id="integrator-deactivate"
                    type="radio"
                    name="integrator-disappears"
                    checked={loaded().integrator.deactivateDeleted}
                    onChange={() => update((current) => ({ ...current, deactivateDeleted: true }))}
                  />
                  <label for="integrator-deactivate">
                    {disappearanceChoices(props.connection.distributorLabel).deactivate}
                  </label>
                </div>
                <div class="sk-field sk-field--check">
                  <input
                    id="integrator-zero"
                    type="radio"
                    name="integrator-disappears"
                    checked={!loaded().integrator.deactivateDeleted}
                    onChange={() => update((current) => ({ ...current, deactivateDeleted: false }))}
                  />
                  <label for="integrator-zero">
                    {disappearanceChoices(props.connection.distributorLabel).zero}
                  </label>
                </div>
                <p class="sk-help" id="integrator-deactivate-help">
                  A subscription the distributor marks inactive always becomes inactive here.{' '}
                  {disappearanceChoices(props.connection.distributorLabel).seed}
                </p>
              </fieldset>
              <SaveStatus save={save} />
              <Show when={!isOnline()}>
                <p class="sk-help">These are the settings as this browser last read them.</p>
              </Show>
              <NeedsNetwork what="changing these settings" />
            </fieldset>
          )}
        </Match>
        <Match when={settings.isError}>
          <p class="sk-error" role="alert">
            {errorMessage(settings.error)}
          </p>
        </Match>
        <Match when={true}>
          <p class="loading">Loading the settings…</p>
        </Match>
      </Switch>

      <section class="card sk-stack" aria-labelledby="last-sync-title">
        <h3 id="last-sync-title">Last sync</h3>
        <dl class="sk-details">
          <dt>Last sync time</dt>
          <dd>
            {props.connection.status.lastSyncAt
              ? formatWhen(props.connection.status.lastSyncAt)
              : 'Never synced'}
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

      <MissingList
        connectionId={props.connection.id}
        deactivateDeleted={settings.data?.integrator.deactivateDeleted ?? true}
      />
      <QuarantineList connectionId={props.connection.id} onDecided={afterChange} />
    </div>
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
