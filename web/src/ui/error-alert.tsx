import { Show } from 'solid-js'
import { errorMessage } from './error-message'

/** A failure in words, announced to screen readers; nothing while there is no error. */
export function ErrorAlert(props: { error: unknown; class?: string }) {
  return (
    <Show when={props.error}>
      {(error) => (
        <p class={props.class ?? 'sk-error'} role="alert">
          {errorMessage(error())}
        </p>
      )}
    </Show>
  )
}
