import { Show } from 'solid-js'
import { ErrorAlert } from './error-alert'

type SaveState = { isPending: boolean; isSuccess: boolean; isError: boolean; error: unknown }

/** How a settings form that saves on every change is doing: saving, saved, or why it failed. */
export function SaveStatus(props: { save: SaveState }) {
  return (
    <>
      <p class="sk-muted" role="status">
        <Show when={props.save.isPending}>Saving…</Show>
        <Show when={props.save.isSuccess && !props.save.isPending}>Saved.</Show>
      </p>
      <ErrorAlert error={props.save.error} />
    </>
  )
}
