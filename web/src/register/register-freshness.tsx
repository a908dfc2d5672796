import { createSignal, onCleanup, Show } from 'solid-js'
import { freshnessText, staleRegisterNotice } from './register-freshness-text'
import { useRegister } from './use-register'

const TICK_MS = 30_000

/**
 * The layout's word on the register shown: its version and when it was refreshed, and, when the
 * last refresh failed, an alert saying so with a retry (a write's refresh is never silently lost).
 */
export function RegisterFreshness() {
  const register = useRegister()
  const [now, setNow] = createSignal(Date.now())
  const timer = setInterval(() => setNow(Date.now()), TICK_MS)
  onCleanup(() => clearInterval(timer))
  const notice = () => staleRegisterNotice(register.copy, register.isError && register.error, now())

  return (
    <>
      <Show when={notice()}>
        {(text) => (
          <div class="offline-banner register-stale" role="alert">
            <p>{text()}</p>
            <button type="button" class="button" onClick={() => void register.refetch()}>
              Refresh the register
            </button>
          </div>
        )}
      </Show>
      <Show when={register.copy}>
        {(copy) => (
          <p class="register-freshness" role="status">
            {freshnessText(copy(), now())}
          </p>
        )}
      </Show>
    </>
  )
}
