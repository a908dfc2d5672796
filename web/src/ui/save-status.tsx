import { Show } from 'solid-js'
import { errorMessage } from './error-message'

type SaveState = { isPending: boolean; isSuccess: boolean; isError: boolean; error: unknown }

/** How a settings form that saves on every change is doing: saving, saved, or why it failed. */
export function SaveStatus(props: { save: SaveState }) {
  return (
    <>
      <p class="sk-muted" role="status">
        <Show when={props.save.isPending}>Saving…</Show>
        <Show when={props.save.isSuccess && !props.save.isPending}>Saved.</Show>
      </p>
      <Show when={props.save.isError}>
        <p class="sk-error" role="alert">
          {errorMessage(props.save.error)}
        </p>
      </Show>
    </>
  )
}
