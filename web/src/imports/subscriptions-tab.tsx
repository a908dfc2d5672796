import type { ConnectionSettings, ExternalSubscription } from '@seatkeeper/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createMemo, createSignal, Match, Show, Switch } from 'solid-js'
import { connectionKeys } from '../connections/connection-keys'
import { putConnectionSettings } from '../connections/connection-settings-api'
import { connectionSettingsQuery } from '../connections/connection-settings-query'
import type { ConnectionView } from '../connections/connection-view-schema'
import { errorMessage } from '../ui/error-message'
import { SearchablePicker } from '../ui/searchable-picker'
import { useRegister } from '../register/use-register'
import { connectionRef } from './connection-ref'
import { ImportScreen } from './import-screen'
import { applyPlan, isRegisterChanged, loadFreshRegister } from '../register/register-access'
import { externalIdsFor, mappedCustomerOptions } from './subscription-scope'
import { ErrorAlert } from '../ui/error-alert'
import { listedConnection } from '../workers/listing-jobs'
import { runCoreJob, runListing } from '../workers/run-core-job'
import { EDGE_NOTE, listsAtEdge, readAtEdge } from './edge-listing'

/** Subscriptions Imports: for all mapped customers or one, with or without price and cost. */
export default function SubscriptionsTab(props: { connection: ConnectionView }) {
  const queryClient = useQueryClient()
  const register = useRegister()
  const settings = useQuery(() => connectionSettingsQuery(props.connection.id))
  const [scope, setScope] = createSignal<'all' | 'one'>('all')
  const [customerId, setCustomerId] = createSignal<string>()
  const [importing, setImporting] = createSignal<{
    customerId?: string
    settings: ConnectionSettings
  }>()
  const [problem, setProblem] = createSignal<string>()
  const atEdge = () => listsAtEdge(props.connection)
  const options = createMemo(() =>
    register.data ? mappedCustomerOptions(register.data, props.connection.id) : [],
  )
  const save = useMutation(() => ({
    mutationFn: (next: ConnectionSettings) => putConnectionSettings(props.connection.id, next),
    onSuccess: (saved) =>
      queryClient.setQueryData(connectionKeys.settings(props.connection.id), saved),
  }))

  function begin() {
    const loaded = settings.data
    if (!loaded) return
    if (scope() === 'one' && !customerId()) {
      setProblem('Choose the customer to import subscriptions for, or import for all customers.')
      return
    }
    setProblem(undefined)
    const chosen = scope() === 'one' ? customerId() : undefined
    setImporting({ settings: loaded, ...(chosen ? { customerId: chosen } : {}) })
  }

  return (
    <Switch>
      <Match when={importing()}>
        {(run) => (
          <ImportScreen<ExternalSubscription[]>
            title="Import Subscriptions"
            source={props.connection.distributorLabel}
            intro={
              run().customerId
                ? `Reads the subscriptions of ${options().find((o) => o.value === run().customerId)?.label ?? 'the chosen customer'} at the distributor, then shows what the import will do.`
                : `Reads the subscriptions of every customer of this account, then shows what the import will do. Subscriptions of unmapped customers are skipped.${atEdge() ? EDGE_NOTE : ''}`
            }
            onClose={() => setImporting(undefined)}
            deps={{
              read: async (onRequest, edge) => {
                // All customers of a distributor read one customer at a time: at the edge.
                if (!run().customerId && atEdge())
                  return readAtEdge(props.connection.id, 'subscriptions', edge)
                const current = register.data ?? (await loadFreshRegister())
                const ids = externalIdsFor(current, props.connection.id, run().customerId)
                // Read, checked and normalised in the core worker (listing-jobs.ts).
                const listing = await runListing(
                  'listSubscriptions',
                  [listedConnection(props.connection), ids],
                  {
                    onRequest,
                    onPage: (done, total) => edge.onPages('subscriptions', done, total),
                  },
                )
                return {
                  listing: listing.items,
                  complete: listing.complete,
                  problems: listing.problems,
                }
              },
              loadRegister: loadFreshRegister,
              plan: (externalSubscriptions, current) =>
                runCoreJob('planSubscriptionImport', {
                  connection: connectionRef(props.connection),
                  externalSubscriptions,
                  register: current,
                  options: {
                    ...(run().customerId ? { customerId: run().customerId } : {}),
                    setPriceAndCost: run().settings.subscriptionImport.setPriceAndCost,
                    deactivateDeleted: run().settings.integrator.deactivateDeleted,
                  },
                }),
              submit: applyPlan,
              isRegisterChanged,
              describeError: errorMessage,
            }}
          />
        )}
      </Match>
      <Match when={settings.isError || register.isError}>
        <p class="sk-error" role="alert">
          {errorMessage(settings.error ?? register.error)}
        </p>
      </Match>
      <Match when={settings.data && register.data}>
        <div class="sk-stack">
          <fieldset class="sk-options">
            <legend>Which customers</legend>
            <div class="sk-field sk-field--check">
              <input
                id="scope-all"
                type="radio"
                name="subscription-scope"
                checked={scope() === 'all'}
                onChange={() => setScope('all')}
              />
              <label for="scope-all">All mapped customers</label>
            </div>
            <div class="sk-field sk-field--check">
              <input
                id="scope-one"
                type="radio"
                name="subscription-scope"
                checked={scope() === 'one'}
                onChange={() => setScope('one')}
              />
              <label for="scope-one">One customer</label>
            </div>
            <Show when={scope() === 'one'}>
              <SearchablePicker
                label="Customer"
                options={options()}
                value={customerId()}
                onChange={setCustomerId}
                help={
                  options().length === 0
                    ? 'No customer is mapped on this connection yet: map them under Customer Mappings.'
                    : undefined
                }
              />
            </Show>
          </fieldset>
          <div class="sk-field sk-field--check">
            <input
              id="set-price-cost"
              type="checkbox"
              checked={settings.data?.subscriptionImport.setPriceAndCost ?? false}
              aria-describedby="set-price-cost-help"
              onChange={(event) => {
                const loaded = settings.data
                if (loaded)
                  save.mutate({
                    ...loaded,
                    subscriptionImport: { setPriceAndCost: event.currentTarget.checked },
                  })
              }}
            />
            <label for="set-price-cost">Set price and cost on imported subscriptions</label>
          </div>
          <p class="sk-help" id="set-price-cost-help">
            When on, each subscription’s unit price and unit cost come from the distributor, and the
            integrator refreshes them on every run. <Show when={save.isPending}>Saving…</Show>
          </p>
          <ErrorAlert error={save.error} />
          <Show when={problem()}>
            <p class="sk-error" role="alert">
              {problem()}
            </p>
          </Show>
          <div class="sk-actions">
            <button type="button" class="button button--primary" onClick={begin}>
              Import Subscriptions
            </button>
          </div>
        </div>
      </Match>
      <Match when={true}>
        <p class="loading">Loading…</p>
      </Match>
    </Switch>
  )
}
