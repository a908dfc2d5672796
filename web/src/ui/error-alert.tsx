import { Show } from 'solid-js'
import { ApiError } from '../api/api-error'
import { errorMessage } from './error-message'
import { SignInLink } from './sign-in-link'

/** A failure in words, announced to screen readers; nothing while there is no error. */
export function ErrorAlert(props: { error: unknown; class?: string }) {
  return (
    <Show when={props.error}>
      {(error) => (
        <p class={props.class ?? 'sk-error'} role="alert">
          {errorMessage(error())}
          {/* Inside a modal dialog the shell's sign-in banner is out of reach: offer it here too. */}
          <Show when={error() instanceof ApiError && (error() as ApiError).signInExpired}>
            {' '}
            <SignInLink />
          </Show>
        </p>
      )}
    </Show>
  )
}
