import { useQuery } from '@tanstack/solid-query'
import { Show } from 'solid-js'
import { edgeHealthQuery } from './edge-health-query'

/** Says what is wrong when the API is not answering, with a way to check again. */
export function HealthAlert() {
  const health = useQuery(() => edgeHealthQuery())

  return (
    <Show when={health.isError}>
      <div class="alert" role="alert">
        <p>
          <strong>The Seatkeeper API is not answering.</strong> {health.error?.message}
        </p>
        <button type="button" class="button" onClick={() => void health.refetch()}>
          Check again
        </button>
      </div>
    </Show>
  )
}
