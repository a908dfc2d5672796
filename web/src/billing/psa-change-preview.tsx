import type { PsaLineChangePreview, PsaLineChangeResult, PsaWriteView } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { errorMessage } from '../ui/error-message'
import { psaChangeWords, writeBackSettingsHref, type PsaChange } from './psa-approval'

/** A PSA change the approval would send, with the edge's preview of its exact calls. */
export type PsaPreviewed = { change: PsaChange; preview: PsaLineChangePreview }

/** What came of sending one PSA change: the line as read back, or the PSA's refusal. */
export type PsaOutcome =
  | { change: PsaChange; label: string; ok: true; result: PsaLineChangeResult }
  | { change: PsaChange; label: string; ok: false; error: unknown }

/** Whether the preview lets Apply send this change (the PSA can take it, write-back is on). */
export const psaSendable = (item: PsaPreviewed) => item.preview.ok && item.preview.writeBack

/**
 * One PSA change in the approval preview: in words first, then — for those who want it — the
 * method, path and body the edge will send (credentials are added there, never shown).
 */
export function PsaChangePreview(props: { item: PsaPreviewed }) {
  const words = () => psaChangeWords(props.item.change, props.item.preview.psa)
  const refused = () => (props.item.preview.ok ? undefined : props.item.preview)
  const taken = () => (props.item.preview.ok ? props.item.preview : undefined)
  return (
    <section class="card" aria-label={`Change in ${props.item.preview.psa}`}>
      <p>{words()}</p>
      <Show when={refused()}>
        {(preview) => (
          <p class="notice" role="alert">
            {preview().psa} cannot take this change: {preview().reason.replace(/\.$/, '')}. Change
            it in {preview().psa} itself, then import the connection's billing lines again.
          </p>
        )}
      </Show>
      <Show when={taken()}>
        {(preview) => (
          <>
            <Show when={!preview().writeBack}>
              <p class="notice" role="alert">
                Write-back is off for this {preview().psa} connection, so Seatkeeper only reads it
                and this line is left as it is. Turn on write-back on the connection's{' '}
                <A href={writeBackSettingsHref(props.item.change.connectionId)}>Billing tab</A>,
                then approve again.
              </p>
            </Show>
            <p class="muted">{preview().undo}</p>
            <details>
              <summary>The exact call to {preview().psa}</summary>
              <For each={preview().writes}>{(write) => <PsaWriteDetails write={write} />}</For>
            </details>
          </>
        )}
      </Show>
    </section>
  )
}

function PsaWriteDetails(props: { write: PsaWriteView }) {
  return (
    <div class="technical">
      <p>{props.write.explanation}</p>
      <p>
        <code>
          {props.write.method} {props.write.path}
        </code>
      </p>
      <pre>{JSON.stringify(props.write.body, null, 2)}</pre>
    </div>
  )
}

/** What arrived in the PSA (as read back), with the run; or the PSA's words and that nothing changed. */
export function PsaChangeOutcome(props: { outcome: PsaOutcome }) {
  const description = () => props.outcome.change.description
  const failed = () => (props.outcome.ok ? undefined : props.outcome)
  return (
    <Show
      when={props.outcome.ok ? props.outcome : undefined}
      fallback={
        <section class="sk-outcome sk-outcome--failed" role="alert">
          <p class="sk-outcome__title">
            {props.outcome.label} refused the change to “{description()}”
          </p>
          <p>{errorMessage(failed()?.error)}</p>
          <p>Nothing changed in {props.outcome.label} or on this line in Seatkeeper.</p>
        </section>
      }
    >
      {(done) => (
        <section class="sk-outcome sk-outcome--ok" role="status">
          <p class="sk-outcome__title">
            {done().label} now has “{description()}” at {done().result.line.quantity}
            {done().result.line.inactive ? ', not billing' : ''} (read back from {done().label})
          </p>
          <Show
            when={done().result.runId}
            fallback={<p>The register already matched, so no run was recorded.</p>}
          >
            {(runId) => (
              <p>
                <A href={`/runs/${encodeURIComponent(runId())}`}>See the run, with undo</A>
              </p>
            )}
          </Show>
        </section>
      )}
    </Show>
  )
}
