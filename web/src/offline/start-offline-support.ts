import { onSignedInAgain } from '../api/sign-in-state'
import { onReconnect } from '../network/connectivity'

/**
 * Everything offline support needs once per page load. The outbox code (valibot, API calls) loads
 * on its own chunk after the first paint, keeping the shell small.
 */
export function startOfflineSupport(): void {
  const loadSync = () => import('./outbox-sync')
  const flush = () =>
    void loadSync()
      .then((sync) => sync.flushOutboxNow())
      .catch(() => undefined)

  setTimeout(() => {
    void loadSync()
      .then((sync) => sync.resumeOutbox())
      .catch(() => undefined)
    void import('./request-persistence')
      .then((m) => m.requestPersistenceOnce())
      .catch(() => undefined)
  }, 1_000)
  onReconnect(flush)
  // Edits kept while the sign-in had expired go as soon as a call is answered again.
  onSignedInAgain(flush)
  // A reconnect the browser did not announce (the Worker came back) is caught by this retry.
  setInterval(flush, 60_000)
}
