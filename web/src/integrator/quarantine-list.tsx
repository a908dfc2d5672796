import { useMutation, useQuery } from '@tanstack/solid-query'
import { createMemo, For, Match, Show, Switch } from 'solid-js'
import { connectionKeys } from '../connections/connection-keys'
import { decideQuarantined, listQuarantine } from '../connections/connection-settings-api'
import { useRegister } from '../register/use-register'
import { errorMessage } from '../ui/error-message'
import { ErrorAlert } from '../ui/error-alert'
import { TrialTag } from '../ui/trial-tag'

type QuarantineListProps = { connectionId: string; onDecided: () => Promise<void> }

/** Removals the deletion guard held back at the last sync, each waiting for Release or Keep. */
export function QuarantineList(props: QuarantineListProps) {
  const quarantine = useQuery(() => ({
    queryKey: connectionKeys.quarantine(props.connectionId),
    queryFn: ({ signal }: { signal: AbortSignal }) => listQuarantine(props.connectionId, signal),
  }))
  // The held removals name their subscription only; the cached register says which are trials.
  const register = useRegister()
  const trials = createMemo(
    () => new Set(register.data?.subscriptions.filter((s) => s.trial).map((s) => s.id)),
  )
  const decide = useMutation(() => ({
    mutationFn: (input: { subscriptionId: string; decision: 'release' | 'keep' }) =>
      decideQuarantined(props.connectionId, input.subscriptionId, input.decision),
    onSettled: props.onDecided,
  }))

  return (
    <section class="card" aria-labelledby="quarantine-title">
      <h3 id="quarantine-title">Held back for a decision ({quarantine.data?.length ?? 0})</h3>
      <p class="sk-muted">
        When one sync would remove an unusually large share of this connection’s subscriptions, the
        removals are held here instead of applied. Release applies one; Keep leaves the subscription
        as it is.
      </p>
      <Switch>
        <Match when={quarantine.isError}>
          <p class="sk-error" role="alert">
            {errorMessage(quarantine.error)}
          </p>
        </Match>
        <Match when={quarantine.data}>
          {(items) => (
            <Show when={items().length > 0} fallback={<p>Nothing is held back.</p>}>
              <ul class="sk-quarantine">
                <For each={items()}>
                  {(item) => (
                    <li>
                      <strong>{item.name}</strong>
                      <TrialTag when={trials().has(item.subscriptionId)} />{' '}
                      <span class="sk-muted">{item.reason}</span>
                      <span class="sk-actions">
                        <button
                          type="button"
                          class="button button--small"
                          disabled={decide.isPending}
                          aria-label={`Release the removal of ${item.name}`}
                          onClick={() =>
                            decide.mutate({
                              subscriptionId: item.subscriptionId,
                              decision: 'release',
                            })
                          }
                        >
                          Release
                        </button>
                        <button
                          type="button"
                          class="button button--small"
                          disabled={decide.isPending}
                          aria-label={`Keep ${item.name}`}
                          onClick={() =>
                            decide.mutate({
                              subscriptionId: item.subscriptionId,
                              decision: 'keep',
                            })
                          }
                        >
                          Keep
                        </button>
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Match>
      </Switch>
      <ErrorAlert error={decide.error} />
    </section>
  )
}
