import { useQuery } from '@tanstack/solid-query'
import { Match, Switch } from 'solid-js'
import { edgeHealthQuery } from './edge-health-query'

/** A compact "is the API answering" indicator for the header. */
export function HealthBadge() {
  const health = useQuery(() => edgeHealthQuery())
  const state = () => (health.isSuccess ? 'up' : health.isError ? 'down' : 'checking')

  return (
    <p class="health-badge" data-state={state()} role="status">
      <span class="health-badge__dot" aria-hidden="true" />
      <Switch>
        <Match when={health.isSuccess}>API online</Match>
        <Match when={health.isError}>API unreachable</Match>
        <Match when={health.isPending}>Checking API…</Match>
      </Switch>
    </p>
  )
}
