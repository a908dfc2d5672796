import type { ConnectionSettings } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createSignal, Match, Show, Switch } from 'solid-js'
import { connectionKeys } from '../connections/connection-keys'
import { putConnectionSettings } from '../connections/connection-settings-api'
import { connectionSettingsQuery } from '../connections/connection-settings-query'
import type { ConnectionView } from '../connections/connection-view-schema'
import { saveSettings } from '../db/settings-cache'
import { ImportScreen } from '../imports/import-screen'
import { isOnline } from '../network/connectivity'
import { applyPlan, isRegisterChanged, loadFreshRegister } from '../register/register-access'
import { ErrorAlert } from '../ui/error-alert'
import { errorMessage } from '../ui/error-message'
import { NeedsNetwork } from '../ui/needs-network'
import { previewPsaBilling } from './psa-billing-api'
import { psaLineWords } from './psa-line-words'

/**
 * A PSA connection's Billing tab: Import Billing Lines (preview → Start → result, one run in the
 * ledger), whether the daily refresh keeps them current (set on Integrator), and the write-back
 * switch, off until a person turns it on.
 */
export default function PsaBillingTab(props: { connection: ConnectionView }) {
  const queryClient = useQueryClient()
  const id = () => props.connection.id
  const psa = () => props.connection.distributorLabel
  const lines = () => psaLineWords(props.connection.distributor)
  const settings = useQuery(() => connectionSettingsQuery(id()))
  const [importing, setImporting] = createSignal(false)
  const [currency, setCurrency] = createSignal('')
  // Empty: the edge's own rule (the line's, then the company's currency) decides alone.
  const body = () => (currency().trim() ? { currency: currency().trim() } : {})

  const save = useMutation(() => ({
    mutationFn: (next: ConnectionSettings) => putConnectionSettings(id(), next),
    onSuccess: async (saved) => {
      queryClient.setQueryData(connectionKeys.settings(id()), saved)
      await saveSettings(id(), saved)
    },
  }))

  return (
    <Show
      when={!importing()}
      fallback={
        <ImportScreen
          title="Import Billing Lines"
          source={psa()}
          intro={`Reads the ${lines()} of every mapped company in ${psa()}, then shows what the import will do to the register before anything is written. Imported lines belong to ${psa()}: Seatkeeper changes them only through an approved finding.`}
          onClose={() => setImporting(false)}
          deps={{
            read: async (onRequest) => {
              onRequest()
              const preview = await previewPsaBilling(id(), body())
              return { listing: preview, complete: preview.complete, problems: preview.problems }
            },
            loadRegister: loadFreshRegister,
            // The edge planned against the register of its version; when the register has moved
            // on since (a 409 on Start), it is asked again, so a stale plan is never shown.
            plan: async (preview, register) =>
              preview.plan.baseVersion === register.version
                ? preview.plan
                : (await previewPsaBilling(id(), body())).plan,
            submit: applyPlan,
            isRegisterChanged,
            describeError: errorMessage,
          }}
        />
      }
    >
      <div class="sk-stack">
        <section class="card" aria-labelledby="billing-import-title">
          <h2 id="billing-import-title">Billing lines</h2>
          <p>
            {psa()} is where these customers’ {lines()} live. Importing them brings each mapped
            company’s {lines()} into the register as lines owned by {psa()}, so Reconciliation
            compares the distributors with what {psa()} will invoice. Companies not mapped on
            Customer Mappings are left out.
          </p>
          <Show when={settings.data}>
            {(loaded) => (
              <p>
                {loaded().integrator.enabled
                  ? `The daily refresh is on: the imported lines are refreshed from ${psa()} every day.`
                  : 'The daily refresh is off: imported lines stay as they are until they are imported again.'}{' '}
                <A href={`/connections/${encodeURIComponent(id())}?tab=integrator`}>
                  Daily refresh and Sync now are on Integrator
                </A>
                .
              </p>
            )}
          </Show>
          <div class="sk-field">
            <label for="billing-currency">Currency for lines {psa()} gives none</label>
            <input
              id="billing-currency"
              aria-describedby="billing-currency-help"
              maxLength={3}
              size={5}
              value={currency()}
              onInput={(event) => setCurrency(event.currentTarget.value)}
            />
            <p id="billing-currency-help" class="sk-help">
              Three letters, such as AUD. Used only where neither the line nor its company in{' '}
              {psa()} says a currency (Autotask keeps none on its contract services); leave it empty
              otherwise.
            </p>
          </div>
          <div class="sk-actions">
            <button
              type="button"
              class="button button--primary"
              disabled={!isOnline()}
              onClick={() => setImporting(true)}
            >
              Import Billing Lines
            </button>
            <NeedsNetwork what="Import Billing Lines" />
          </div>
        </section>
        <Switch>
          <Match when={settings.isError}>
            <p class="sk-error" role="alert">
              {errorMessage(settings.error)}
            </p>
          </Match>
          <Match when={settings.data}>
            {(loaded) => (
              <fieldset class="sk-options" disabled={!isOnline() || save.isPending}>
                <legend>Write-back</legend>
                <div class="sk-field sk-field--check">
                  <input
                    id="write-back"
                    type="checkbox"
                    aria-describedby="write-back-help"
                    checked={loaded().writeBack === true}
                    onChange={(event) =>
                      save.mutate({ ...loaded(), writeBack: event.currentTarget.checked })
                    }
                  />
                  <label for="write-back">Write approved fixes back to {psa()}</label>
                </div>
                <p id="write-back-help" class="sk-help">
                  {loaded().writeBack === true
                    ? `On: approving a finding on a line owned by ${psa()} changes it in ${psa()} itself, after a preview of the exact call; each change is recorded in a run and can be undone from it.`
                    : `Off: ${psa()} is read-only. Findings on its lines can be approved only after this is turned on; until then nothing in ${psa()} changes.`}
                </p>
                <ErrorAlert error={save.error} />
              </fieldset>
            )}
          </Match>
        </Switch>
      </div>
    </Show>
  )
}
