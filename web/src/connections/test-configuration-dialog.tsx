import { useMutation, useQueryClient } from '@tanstack/solid-query'
import { For, Match, onMount, Show, Switch } from 'solid-js'
import { connectionKeys } from './connection-keys'
import { testConnection } from './connections-api'
import { Dialog } from '../ui/dialog'
import { errorMessage } from '../ui/error-message'
import { testOutcome } from './test-outcome'
import { rememberTestPassed } from './test-passed'

/** Runs Test Configuration as soon as it opens and says what the distributor answered. */
export function TestConfigurationDialog(props: {
  connection: { id: string; updatedAt: string }
  onClose: () => void
}) {
  const queryClient = useQueryClient()
  const test = useMutation(() => ({
    mutationFn: () => testConnection(props.connection.id),
    onSuccess: (answer) => {
      if (testOutcome(answer).ok) rememberTestPassed(props.connection)
      // A test may renew a rotating token, which moves the days left the connection page shows.
      void queryClient.invalidateQueries({ queryKey: connectionKeys.detail(props.connection.id) })
    },
  }))
  onMount(() => test.mutate())
  const outcome = () => (test.data ? testOutcome(test.data) : undefined)

  return (
    <Dialog
      title="Test Configuration"
      onClose={props.onClose}
      actions={
        <button
          type="button"
          class="button"
          disabled={test.isPending}
          onClick={() => test.mutate()}
        >
          Test again
        </button>
      }
    >
      <div role="status" aria-live="polite">
        <Switch>
          <Match when={test.isPending}>
            <p>Asking the distributor…</p>
          </Match>
          <Match when={test.isError}>
            <p class="sk-error">{errorMessage(test.error)}</p>
          </Match>
          <Match when={outcome()}>
            {(result) => (
              <div
                class={result().ok ? 'sk-outcome sk-outcome--ok' : 'sk-outcome sk-outcome--failed'}
              >
                <p class="sk-outcome__title">{result().title}</p>
                <p>{result().message}</p>
                <Show when={result().details.length > 0}>
                  <dl class="sk-details">
                    <For each={result().details}>
                      {(row) => (
                        <>
                          <dt>{row.label}</dt>
                          <dd>{row.value}</dd>
                        </>
                      )}
                    </For>
                  </dl>
                </Show>
                <Show when={result().nextStep}>
                  <p>
                    <strong>What to do: </strong>
                    {result().nextStep}
                  </p>
                </Show>
              </div>
            )}
          </Match>
        </Switch>
      </div>
    </Dialog>
  )
}
