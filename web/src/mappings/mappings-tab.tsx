import { generateMappings, planMappingChanges, type Register } from '@seatkeeper/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js'
import { connectionSettingsQuery } from '../connections/connection-settings-query'
import type { ConnectionView } from '../connections/connection-view-schema'
import { errorMessage } from '../ui/error-message'
import { NeedsNetwork } from '../ui/needs-network'
import { isOnline } from '../network/connectivity'
import { CustomerImportScreen } from '../imports/customer-import-screen'
import { applyPlan, isRegisterChanged, loadFreshRegister } from '../register/register-access'
import { useRegister } from '../register/use-register'
import { AddMappingDialog } from './add-mapping-dialog'
import { CustomerImportOptions } from './customer-import-options'
import { distributorCustomersQuery } from './distributor-customers-query'
import { generationReport, type GenerationReport } from './generation-report'
import { mappingRows } from './mapping-rows'
import { MappingTable } from './mapping-table'
import { submitWithReplan } from './submit-with-replan'
import { SuggestionsPanel } from './suggestions-panel'
import { customersWord } from './customers-word'

/** Customer Mappings: the table, Generate Mappings, Add, Remove, Suggestions, and Import Customers. */
export default function MappingsTab(props: { connection: ConnectionView }) {
  const queryClient = useQueryClient()
  const register = useRegister()
  const settings = useQuery(() => connectionSettingsQuery(props.connection.id))
  // The distributor is only listed once a button needs it.
  const [wantListing, setWantListing] = createSignal(false)
  const listing = useQuery(() => ({
    ...distributorCustomersQuery(props.connection),
    enabled: wantListing(),
  }))
  const [screen, setScreen] = createSignal<'mappings' | 'import'>('mappings')
  const [dialog, setDialog] = createSignal<'add'>()
  const [showSuggestions, setShowSuggestions] = createSignal(false)
  const [message, setMessage] = createSignal<string>()
  const [report, setReport] = createSignal<GenerationReport>()

  const rows = createMemo(() =>
    register.data ? mappingRows(register.data, props.connection.id) : [],
  )

  // Every write of this tab (generate, remove) is one mutation; its label says what is under way.
  const write = useMutation(() => ({
    mutationFn: (step: { label: string; action: () => Promise<void> }) => step.action(),
    onMutate: () => setMessage(undefined),
  }))
  const busy = () => (write.isPending ? write.variables?.label : undefined)
  const failure = () => (write.error ? errorMessage(write.error) : undefined)
  const run = (label: string, action: () => Promise<void>) => write.mutate({ label, action })

  const say = (text: string) => {
    write.reset()
    setMessage(text)
  }

  const generate = () =>
    run('Generating mappings…', async () => {
      setWantListing(true)
      const fresh = await queryClient.fetchQuery({
        ...distributorCustomersQuery(props.connection),
        staleTime: 0,
      })
      let generated: ReturnType<typeof generateMappings> | undefined
      let planned: Register | undefined
      await submitWithReplan(
        (current) => {
          planned = current
          generated = generateMappings(props.connection.id, fresh.items, current)
          return planMappingChanges({
            connectionId: props.connection.id,
            register: current,
            add: generated.mappings,
          })
        },
        { loadRegister: loadFreshRegister, submit: applyPlan, isRegisterChanged },
      )
      if (generated && planned) {
        const result = generationReport(generated, planned)
        setReport(result)
        say(result.summary)
      }
    })

  const remove = (externalCustomerId: string, name: string) =>
    run(`Removing the mapping of ${name}…`, async () => {
      await submitWithReplan(
        (current) =>
          planMappingChanges({
            connectionId: props.connection.id,
            register: current,
            remove: [externalCustomerId],
          }),
        { loadRegister: loadFreshRegister, submit: applyPlan, isRegisterChanged },
      )
      say(`Removed the mapping of “${name}”.`)
    })

  const listingError = () => (listing.isError ? errorMessage(listing.error) : undefined)

  return (
    <Switch>
      <Match when={screen() === 'import' && settings.data}>
        {(loaded) => (
          <CustomerImportScreen
            connection={props.connection}
            options={loaded().customerImport}
            onClose={() => setScreen('mappings')}
          />
        )}
      </Match>
      <Match when={register.isError}>
        <p class="sk-error" role="alert">
          {errorMessage(register.error)}
        </p>
      </Match>
      <Match when={register.isPending}>
        <p class="loading">Loading the register…</p>
      </Match>
      <Match when={register.data}>
        {(current) => (
          <div class="sk-stack">
            <div class="sk-actions" role="group" aria-label="Mapping actions">
              <button
                type="button"
                class="button"
                disabled={busy() !== undefined || !isOnline()}
                onClick={() => void generate()}
              >
                Generate Mappings
              </button>
              <button
                type="button"
                class="button"
                disabled={!isOnline()}
                onClick={() => {
                  setWantListing(true)
                  setDialog('add')
                }}
              >
                Add
              </button>
              <button
                type="button"
                class="button"
                aria-expanded={showSuggestions() ? 'true' : 'false'}
                aria-controls="suggestions-region"
                disabled={!isOnline()}
                onClick={() => {
                  setWantListing(true)
                  setShowSuggestions(!showSuggestions())
                }}
              >
                Suggestions
              </button>
              <NeedsNetwork
                what={`asking ${props.connection.distributorLabel} for its ${customersWord(props.connection)} (Generate Mappings, Add, Suggestions)`}
              />
            </div>
            <div aria-live="polite" role="status">
              <Show when={busy()}>
                <p>{busy()}</p>
              </Show>
              <Show when={message()}>
                <p class="sk-notice sk-notice--ok">{message()}</p>
              </Show>
            </div>
            <Show when={failure()}>
              <p class="sk-error" role="alert">
                {failure()}
              </p>
            </Show>
            <Show when={report()?.next}>{(next) => <p class="sk-help">{next()}</p>}</Show>
            <Show when={report()?.ambiguous.length}>
              <section class="card" aria-labelledby="ambiguous-title">
                <h3 id="ambiguous-title">Ambiguous names, not mapped</h3>
                <p class="sk-muted">
                  More than one register customer has each of these names. Map them with Add.
                </p>
                <ul>
                  <For each={report()?.ambiguous}>
                    {(item) => (
                      <li>
                        <strong>{item.name}</strong>: {item.customers.join(', ')}
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            </Show>
            <div id="suggestions-region">
              <Show when={showSuggestions()}>
                <Switch>
                  <Match when={listing.isError}>
                    <p class="sk-error" role="alert">
                      {props.connection.distributorLabel}’s {customersWord(props.connection)} could
                      not be listed: {listingError()}
                    </p>
                  </Match>
                  <Match when={listing.data}>
                    {(loaded) => (
                      <SuggestionsPanel
                        connection={props.connection}
                        register={current()}
                        externalCustomers={loaded().items}
                        onDone={say}
                      />
                    )}
                  </Match>
                  <Match when={true}>
                    <p class="loading">
                      Listing {props.connection.distributorLabel}’s{' '}
                      {customersWord(props.connection)}…
                    </p>
                  </Match>
                </Switch>
              </Show>
            </div>
            <MappingTable
              rows={rows()}
              disabled={busy() !== undefined}
              onRemove={(row) => void remove(row.externalCustomerId, row.externalName)}
            />
            <Show
              when={settings.data}
              fallback={
                settings.isError ? <p class="sk-error">{errorMessage(settings.error)}</p> : null
              }
            >
              {(loaded) => (
                <CustomerImportOptions
                  connectionId={props.connection.id}
                  settings={loaded()}
                  register={current()}
                />
              )}
            </Show>
            <div class="sk-actions">
              <button
                type="button"
                class="button button--primary"
                disabled={!settings.data || !isOnline()}
                onClick={() => setScreen('import')}
              >
                Import Customers
              </button>
              <NeedsNetwork what="Import Customers" />
            </div>
            <Show when={dialog() === 'add'}>
              <AddMappingDialog
                connection={props.connection}
                register={current()}
                externalCustomers={listing.data?.items}
                listingError={listingError()}
                onClose={() => setDialog(undefined)}
                onAdded={(text) => {
                  setDialog(undefined)
                  say(text)
                }}
              />
            </Show>
          </div>
        )}
      </Match>
    </Switch>
  )
}
