import { createRoot, createSignal } from 'solid-js'

/*
 * Whether the Access session behind this tab has run out: set by fetchApi when the edge answers
 * 401 or Access answers with a redirect to its login page, cleared by the next answered call.
 * Tiny on purpose, like connectivity.ts: the shell's banner reads it.
 */
const state = createRoot(() => {
  const [expired, setExpired] = createSignal(false)
  return { expired, setExpired }
})

const signedInListeners = new Set<() => void>()

/** True while the last API call found the sign-in expired. */
export function signInExpired(): boolean {
  return state.expired()
}

/** Called by fetchApi after every answered call. */
export function reportSignIn(valid: boolean): void {
  const wasExpired = state.expired()
  state.setExpired(!valid)
  if (valid && wasExpired) for (const listener of signedInListeners) listener()
}

/** Calls `listener` whenever a call succeeds again after the sign-in had expired; returns the unsubscribe. */
export function onSignedInAgain(listener: () => void): () => void {
  signedInListeners.add(listener)
  return () => signedInListeners.delete(listener)
}
