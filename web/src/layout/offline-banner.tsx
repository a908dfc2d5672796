import { Show } from 'solid-js'
import { isOnline, offlineReason } from '../network/connectivity'

/** Says plainly that the app is offline, what still works, and what waits for the network. */
export function OfflineBanner() {
  return (
    <Show when={!isOnline()}>
      <div class="offline-banner" role="status">
        <p>
          <strong>
            {offlineReason() === 'network'
              ? 'You are offline.'
              : 'The Seatkeeper API cannot be reached.'}
          </strong>{' '}
          You are reading the copy of the register, connections and runs kept in this browser; it
          may be out of date. Imports, syncs, connection changes and undo need the network. New and
          edited customers are kept here and sent when the connection is back.
        </p>
      </div>
    </Show>
  )
}
