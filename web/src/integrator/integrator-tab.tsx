import type { ConnectionSettings } from '@seatkeeper/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { Match, Show, Switch } from 'solid-js'
import { connectionKeys } from '../connections/connection-keys'
import { putConnectionSettings } from '../connections/connection-settings-api'
import { connectionSettingsQuery } from '../connections/connection-settings-query'
import type { ConnectionView } from '../connections/connection-view-schema'
import { saveSettings } from '../db/settings-cache'
import { isOnline } from '../network/connectivity'
import { refreshRegister } from '../register/submit-plan'
import { runKeys } from '../register/run-keys'
import { errorMessage } from '../ui/error-message'
import { NeedsNetwork } from '../ui/needs-network'
import { SaveStatus } from '../ui/save-status'
import { DistributorSyncOptions } from './distributor-sync-options'
import { MissingList } from './missing-list'
import { QuarantineList } from './quarantine-list'
import { SyncStatus } from './sync-status'
import { syncWords } from './sync-words'

/**
 * Integrator: the daily run's settings, its last result and Sync now; for a distributor also
 * held-back removals. A PSA's daily run refreshes its billing lines, so its tab has the switch
 * and Sync now only (no entities, disappearances or quarantine: those are subscriptions').
 */
export default function IntegratorTab(props: { connection: ConnectionView }) {
  const queryClient = useQueryClient()
  const id = () => props.connection.id
  const isPsa = () => props.connection.kind === 'psa'
  const words = () => syncWords(props.connection)
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
              <legend>{words().daily.legend}</legend>
              <div class="sk-field sk-field--check">
                <input
                  id="integrator-enabled"
                  type="checkbox"
                  aria-describedby={words().daily.help ? 'integrator-enabled-help' : undefined}
                  checked={loaded().integrator.enabled}
                  onChange={(event) =>
                    update((current) => ({ ...current, enabled: event.currentTarget.checked }))
                  }
                />
                <label for="integrator-enabled">{words().daily.enabled}</label>
              </div>
              <Show when={words().daily.help}>
                {(help) => (
                  <p class="sk-help" id="integrator-enabled-help">
                    {help()(loaded().integrator.enabled)}
                  </p>
                )}
              </Show>
              <Show when={!isPsa()}>
                <DistributorSyncOptions
                  integrator={loaded().integrator}
                  distributor={props.connection.distributorLabel}
                  update={update}
                />
              </Show>
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

      <SyncStatus connection={props.connection} onEnded={afterChange} />

      <Show when={!isPsa()}>
        <MissingList
          connectionId={props.connection.id}
          deactivateDeleted={settings.data?.integrator.deactivateDeleted ?? true}
        />
        <QuarantineList connectionId={props.connection.id} onDecided={afterChange} />
      </Show>
    </div>
  )
}
