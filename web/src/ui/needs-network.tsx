import { Show } from 'solid-js'
import { offlineText } from './offline-text'

/**
 * The reason beside a control that is disabled offline ("You are offline: Sync now needs the
 * network…"). Renders nothing while online. Pair it with `disabled={!isOnline()}` on the control.
 */
export function NeedsNetwork(props: { what: string }) {
  return (
    <Show when={offlineText(props.what)}>
      {(text) => <span class="sk-muted small needs-network">{text()}</span>}
    </Show>
  )
}
