import {
  acceptSuggestions,
  planMappingChanges,
  type ExternalCustomer,
  type MappingSuggestion,
  type Register,
} from '@seatkeeper/core'
import { useMutation } from '@tanstack/solid-query'
import { createEffect, createMemo, createSignal, For, onCleanup, Show } from 'solid-js'
import { unwrap } from 'solid-js/store'
import type { ConnectionView } from '../connections/connection-view-schema'
import { ErrorAlert } from '../ui/error-alert'
import { customerLabels } from '../present/customer-labels'
import { applyPlan, isRegisterChanged, loadFreshRegister } from '../register/register-access'
import { loadRejected, rememberRejected } from './rejected-suggestions'
import {
  confidenceText,
  picksOf,
  rejectionsOf,
  selectTopCandidates,
  toggleCandidate,
  visibleSuggestions,
  type SuggestionSelection,
} from './suggestion-selection'
import { submitWithReplan } from './submit-with-replan'
import { runCoreJob } from '../workers/run-core-job'

type SuggestionsPanelProps = {
  connection: ConnectionView
  register: Register
  externalCustomers: readonly ExternalCustomer[]
  onDone: (message: string) => void
}

const FIRST = 100

type Scored = { suggestions?: MappingSuggestion[]; error?: unknown; scoring: boolean }

/** Scored candidates for the unmapped distributor customers; nothing is mapped until accepted. */
export function SuggestionsPanel(props: SuggestionsPanelProps) {
  const [rejected, setRejected] = createSignal(loadRejected(props.connection.id))
  const [selection, setSelection] = createSignal<SuggestionSelection>(new Map())
  const save = useMutation(() => ({
    mutationFn: acceptChosen,
    onSuccess: (count: number) => {
      setSelection(new Map())
      props.onDone(`Accepted ${count} ${count === 1 ? 'suggestion' : 'suggestions'}.`)
    },
  }))
  const busy = () => save.isPending
  const [showAll, setShowAll] = createSignal(false)

  // Scored in the core worker (a large register takes well over 50 ms), so the page stays usable.
  // The last answer stays on screen while a newer register or listing is scored again.
  const [scored, setScored] = createSignal<Scored>({ scoring: true })
  createEffect(() => {
    // The query's data is a Solid store: the worker gets the plain objects underneath. The
    // version is read so that a register changed in place is scored again too.
    const register = unwrap(props.register)
    const external = unwrap(props.externalCustomers)
    const connectionId = props.connection.id
    void props.register.version
    let current = true
    onCleanup(() => (current = false))
    setScored((previous) => ({ ...previous, scoring: true }))
    runCoreJob('suggestMappings', connectionId, external, register).then(
      (suggestions) => current && setScored({ suggestions, scoring: false }),
      (error: unknown) => current && setScored({ error, scoring: false }),
    )
  })
  const all = () => scored().suggestions ?? []
  const visible = createMemo(() => visibleSuggestions(all(), rejected()))
  // Two register customers of one name ("Ashford Travel") are offered with what tells them apart.
  const labels = createMemo(() => customerLabels(props.register))
  const label = (candidate: { customerId: string; customerName: string }) =>
    labels().get(candidate.customerId) ?? candidate.customerName
  const shown = () => (showAll() ? visible() : visible().slice(0, FIRST))

  function accept(chosen: SuggestionSelection) {
    if (chosen.size > 0) save.mutate(chosen)
  }

  /** Maps the chosen candidates, planning again if the register moved on; how many were mapped. */
  async function acceptChosen(chosen: SuggestionSelection): Promise<number> {
    const suggestions = visible()
    await submitWithReplan(
      (register) =>
        planMappingChanges({
          connectionId: props.connection.id,
          register,
          add: acceptSuggestions(props.connection.id, suggestions, picksOf(chosen)),
        }),
      { loadRegister: loadFreshRegister, submit: applyPlan, isRegisterChanged },
    )
    return chosen.size
  }

  function reject(chosen: SuggestionSelection) {
    if (chosen.size === 0) return
    setRejected(rememberRejected(props.connection.id, rejectionsOf(chosen)))
    setSelection(new Map())
    props.onDone(
      `Rejected ${chosen.size}; ${chosen.size === 1 ? 'it is' : 'they are'} not suggested again in this browser.`,
    )
  }

  const single = (suggestion: MappingSuggestion, customerId: string) =>
    new Map([[suggestion.externalId, customerId]])

  return (
    <section class="card sk-suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">
        Suggestions<Show when={scored().suggestions}> ({visible().length})</Show>
      </h3>
      <p class="sk-muted">
        Candidates scored on evidence: the name without legal suffixes, the Microsoft tenant id, the
        domain, the tax id and the postcode. Nothing is mapped until you accept it.
      </p>
      <ErrorAlert error={save.error} />
      <ErrorAlert error={scored().error} />
      <Show when={scored().scoring}>
        <p role="status">
          Scoring candidates for {props.externalCustomers.length.toLocaleString('en')} distributor
          customers…
        </p>
      </Show>
      <Show when={scored().suggestions}>
        <Show
          when={visible().length > 0}
          fallback={
            <p>No suggestions: every distributor customer is mapped or has no likely match.</p>
          }
        >
          <div class="sk-actions">
            <button
              type="button"
              class="button"
              onClick={() => setSelection(selectTopCandidates(visible(), 0.9))}
            >
              Choose all high-confidence
            </button>
            <button
              type="button"
              class="button button--primary"
              disabled={busy() || selection().size === 0}
              onClick={() => accept(selection())}
            >
              Accept chosen ({selection().size})
            </button>
            <button
              type="button"
              class="button"
              disabled={busy() || selection().size === 0}
              onClick={() => reject(selection())}
            >
              Reject chosen ({selection().size})
            </button>
          </div>
          <ul class="sk-suggestions__list">
            <For each={shown()}>
              {(suggestion) => (
                <li>
                  <p class="sk-suggestions__external">
                    <strong>{suggestion.externalName}</strong>
                  </p>
                  <ul>
                    <For each={suggestion.candidates}>
                      {(candidate) => (
                        <li class="sk-suggestions__candidate">
                          <label>
                            <input
                              type="checkbox"
                              checked={
                                selection().get(suggestion.externalId) === candidate.customerId
                              }
                              onChange={() =>
                                setSelection(
                                  toggleCandidate(
                                    selection(),
                                    suggestion.externalId,
                                    candidate.customerId,
                                  ),
                                )
                              }
                            />{' '}
                            {label(candidate)}{' '}
                            <span class={candidate.high ? 'sk-badge sk-badge--ok' : 'sk-badge'}>
                              {confidenceText(candidate.confidence)} confidence
                            </span>
                          </label>
                          <ul class="sk-reasons">
                            <For each={candidate.reasons}>{(reason) => <li>{reason}</li>}</For>
                          </ul>
                          <span class="sk-actions">
                            <button
                              type="button"
                              class="button button--small"
                              disabled={busy()}
                              aria-label={`Accept ${label(candidate)} for ${suggestion.externalName}`}
                              onClick={() => accept(single(suggestion, candidate.customerId))}
                            >
                              Accept
                            </button>
                            <button
                              type="button"
                              class="button button--small"
                              aria-label={`Reject ${label(candidate)} for ${suggestion.externalName}`}
                              onClick={() => reject(single(suggestion, candidate.customerId))}
                            >
                              Reject
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
          <Show when={!showAll() && visible().length > FIRST}>
            <button type="button" class="button" onClick={() => setShowAll(true)}>
              Show all {visible().length}
            </button>
          </Show>
        </Show>
      </Show>
    </section>
  )
}
