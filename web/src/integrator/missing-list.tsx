import { For, Match, Show, Switch } from 'solid-js'
import { useRegister } from '../register/use-register'
import { errorMessage } from '../ui/error-message'
import { formatDate } from '../ui/format-date-time'
import { TrialTag } from '../ui/trial-tag'
import { missingSubscriptions } from './missing-subscriptions'

type MissingListProps = { connectionId: string; deactivateDeleted: boolean }

/** Subscriptions the last complete listing left out: removed only if a later day's sync agrees. */
export function MissingList(props: MissingListProps) {
  const register = useRegister()
  const rows = () =>
    register.data
      ? missingSubscriptions(register.data, props.connectionId, props.deactivateDeleted)
      : []

  return (
    <section class="card" aria-labelledby="missing-title">
      <h3 id="missing-title">Missing at the distributor ({rows().length})</h3>
      <p class="sk-muted">
        A subscription the distributor’s complete listing left out is not removed at once: it is
        marked missing, and removed only if a sync on a later day still does not list it.
      </p>
      <Switch>
        <Match when={register.isError}>
          <p class="sk-error" role="alert">
            {errorMessage(register.error)}
          </p>
        </Match>
        <Match when={register.data}>
          <Show when={rows().length > 0} fallback={<p>Nothing is missing.</p>}>
            <ul class="sk-quarantine">
              <For each={rows()}>
                {(row) => (
                  <li>
                    <strong>{row.name}</strong>
                    <TrialTag when={row.trial} /> ({row.customerName}){' '}
                    <span>missing since {formatDate(row.since)}.</span>{' '}
                    <span class="sk-muted">{row.next}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Match>
      </Switch>
    </section>
  )
}
