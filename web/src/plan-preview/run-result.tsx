import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import type { PlanPreviewModel } from './plan-preview-model'

/** What an applied plan did, with the run it was recorded as. */
export function RunResult(props: { model: PlanPreviewModel; runId: string | null; what: string }) {
  return (
    <section class="sk-outcome sk-outcome--ok" aria-label={`${props.what} result`} role="status">
      <p class="sk-outcome__title">{props.what} finished</p>
      <p>
        Created {props.model.counts.create}, updated {props.model.counts.update}, left{' '}
        {props.model.counts.unchanged} unchanged, skipped {props.model.counts.skipped}.
      </p>
      <Show when={props.runId} fallback={<p>Nothing changed, so no run was recorded.</p>}>
        {(runId) => (
          <p>
            <A href={`/runs/${encodeURIComponent(runId())}`}>See the run with every change</A>
          </p>
        )}
      </Show>
    </section>
  )
}
