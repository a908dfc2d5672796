import { createRoot, createSignal } from 'solid-js'

/*
 * Whether the app can talk to the edge right now: the browser's own idea (navigator.onLine, which
 * only knows about the network interface) and what the last API call found (the Worker may be down
 * while the interface is up). Tiny on purpose: the shell imports it.
 */
const state = createRoot(() => {
  const browserOnline = typeof navigator === 'undefined' ? true : navigator.onLine !== false
  const [interfaceUp, setInterfaceUp] = createSignal(browserOnline)
  const [apiReachable, setApiReachable] = createSignal(true)
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => {
      setInterfaceUp(true)
      notifyReconnect()
    })
    window.addEventListener('offline', () => setInterfaceUp(false))
  }
  return { interfaceUp, setInterfaceUp, apiReachable, setApiReachable }
})

/** True while the browser has a network and the API answered the last call. */
export function isOnline(): boolean {
  return state.interfaceUp() && state.apiReachable()
}

/** Why the app is offline, for the banner: the browser's network, or the API itself. */
export function offlineReason(): 'network' | 'api' | undefined {
  if (!state.interfaceUp()) return 'network'
  if (!state.apiReachable()) return 'api'
  return undefined
}

/** Called by fetchApi after every call: an answer (any status) means the API is reachable. */
export function reportReachable(reachable: boolean): void {
  const was = state.apiReachable()
  state.setApiReachable(reachable)
  if (reachable && !was) notifyReconnect()
}

const reconnectListeners = new Set<() => void>()

/** Calls `listener` whenever the network or the API comes back; returns the unsubscribe. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener)
  return () => reconnectListeners.delete(listener)
}

function notifyReconnect() {
  for (const listener of reconnectListeners) listener()
}
