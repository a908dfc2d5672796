import { onCleanup, onMount, Show } from 'solid-js'
import { signInExpired } from '../api/sign-in-state'
import { queryClient } from '../query-client'
import { SignInLink } from '../ui/sign-in-link'

/** Asks everything this tab holds to try again, now that the person may have signed in. */
function retryAfterSignIn(): void {
  void queryClient.invalidateQueries()
  void import('../offline/outbox-sync').then((sync) => sync.flushOutboxNow()).catch(() => undefined)
}

/**
 * Says the Access session ran out and how to renew it without losing work: signing in in a new
 * tab keeps this tab's open forms as typed, and queued edits wait in the outbox (a 401 leaves them
 * pending). Coming back to this tab tries again by itself.
 */
export function SignInBanner() {
  onMount(() => {
    const onFocus = () => {
      if (signInExpired()) retryAfterSignIn()
    }
    window.addEventListener('focus', onFocus)
    onCleanup(() => window.removeEventListener('focus', onFocus))
  })

  return (
    <Show when={signInExpired()}>
      <div class="offline-banner sign-in-banner" role="alert">
        <p>
          <strong>Your sign-in has expired — sign in again.</strong> Nothing you have typed or
          queued is lost: edits waiting to be sent stay in this browser, and open forms keep what
          you entered. Sign in in a new tab, then come back here; or reload this page to sign in
          here (save or copy an open form first).
        </p>
        <p class="sign-in-banner__actions">
          <SignInLink />{' '}
          <button type="button" class="button" onClick={retryAfterSignIn}>
            I have signed in — try again
          </button>{' '}
          <button type="button" class="button" onClick={() => window.location.reload()}>
            Reload and sign in
          </button>
        </p>
      </div>
    </Show>
  )
}
