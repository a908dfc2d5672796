import { createMemo, createSignal, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js'
import { progressWords } from '../integrator/sync-outcome'
import { formatWhen } from '../ui/format-date-time'
import { PlanPreview } from '../plan-preview/plan-preview'
import { previewModelPerPlan } from '../plan-preview/preview-model-per-plan'
import { ProgressBar } from '../plan-preview/progress-bar'
import { IMPORT_PHASES, progressView } from '../plan-preview/progress-phases'
import { RunResult } from '../plan-preview/run-result'
import { createImportFlow, type ImportFlowDeps, type ImportState } from './import-flow'

type ImportScreenProps<L> = {
  /** "Import Customers", "Import Subscriptions". */
  title: string
  deps: ImportFlowDeps<L>
  /** Shown under the title: what this import will do. */
  intro?: string
  /** What is read, in the failure words: "the distributor" unless told ("HaloPSA"). */
  source?: string
  onClose: () => void
}

/** Preview → Start → result for one import, with a progress bar while it reads and applies. */
export function ImportScreen<L>(props: ImportScreenProps<L>) {
  const [state, setState] = createSignal<ImportState>({ step: 'idle' })
  const flow = createImportFlow(props.deps, setState)
  const source = () => props.source ?? 'the distributor'
  let heading: HTMLHeadingElement | undefined
  onMount(() => {
    heading?.focus()
    void flow.prepare()
  })
  // A listing at the edge goes on without this screen; only following it stops.
  onCleanup(() => flow.dispose())

  const progress = createMemo(() => {
    const current = state()
    switch (current.step) {
      case 'reading':
        // At the edge, once the total is known: how many customers are read, the rate, the time left.
        if (current.progress)
          return progressView(
            IMPORT_PHASES,
            'read',
            `${progressWords(current.progress, Date.now())} It goes on if you close this page.`,
            current.progress.total > 0 ? current.progress.done / current.progress.total : 0,
          )
        return progressView(IMPORT_PHASES, 'read', `${current.requests} requests so far`)
      case 'planning':
        return progressView(IMPORT_PHASES, 'plan', current.detail)
      case 'applying':
        return progressView(IMPORT_PHASES, 'apply')
      case 'done':
        return progressView(IMPORT_PHASES, 'done')
      default:
        return undefined
    }
  })
  // One model per plan: the preview, the applying step and the result share it.
  const modelOf = previewModelPerPlan()
  const preview = createMemo(() => modelOf(state()))

  return (
    <section class="sk-import card" aria-labelledby="import-title">
      <div class="sk-import__header">
        <h2 id="import-title" tabIndex={-1} ref={heading}>
          {props.title}
        </h2>
        <button type="button" class="button" onClick={() => props.onClose()}>
          Back
        </button>
      </div>
      <Show when={props.intro}>
        <p class="sk-muted">{props.intro}</p>
      </Show>
      <Show when={progress()}>
        {(view) => (
          <ProgressBar label={`${props.title} progress`} value={view().value} text={view().text} />
        )}
      </Show>
      <Switch>
        <Match when={state().step === 'failed' && state()}>
          {(failed) => {
            const current = failed() as Extract<ImportState, { step: 'failed' }>
            return (
              <div class="sk-outcome sk-outcome--failed" role="alert">
                <p class="sk-outcome__title">
                  {current.phase === 'read'
                    ? `Reading ${source()} failed`
                    : current.phase === 'plan'
                      ? 'Preparing the preview failed'
                      : 'Applying failed; nothing was changed'}
                </p>
                <p>{current.message}</p>
                <button type="button" class="button" onClick={() => void flow.prepare()}>
                  Try again
                </button>
              </div>
            )
          }}
        </Match>
        <Match when={state().step === 'done' && preview()}>
          {(model) => (
            <RunResult
              model={model()}
              runId={(state() as Extract<ImportState, { step: 'done' }>).result.runId}
              what={props.title}
            />
          )}
        </Match>
        <Match when={preview()}>
          {(model) => (
            <>
              <Show
                when={state().step === 'preview' && (state() as { listedAt?: string }).listedAt}
              >
                {(listedAt) => (
                  <p class="sk-muted">
                    Seatkeeper listed {source()} at the edge, finished {formatWhen(listedAt())}.
                    Press “Read {source()} again” for a newer listing.
                  </p>
                )}
              </Show>
              <Show when={state().step === 'preview' && (state() as { notice?: string }).notice}>
                {(notice) => (
                  <p class="sk-notice" role="alert">
                    {notice()}
                  </p>
                )}
              </Show>
              <Show
                when={
                  state().step === 'preview' &&
                  (state() as { problems: string[] }).problems.length > 0
                }
              >
                <div class="sk-notice" role="note">
                  <p>
                    Part of {source()}’s listing could not be read; nothing missing from it is
                    treated as deleted:
                  </p>
                  <ul>
                    <For each={(state() as { problems: string[] }).problems}>
                      {(problem) => <li>{problem}</li>}
                    </For>
                  </ul>
                </div>
              </Show>
              <div class="sk-actions">
                <button
                  type="button"
                  class="button button--primary"
                  disabled={state().step !== 'preview' || model().empty}
                  onClick={() => void flow.start()}
                >
                  Start
                </button>
                <Show when={state().step === 'preview'}>
                  <button
                    type="button"
                    class="button"
                    onClick={() => void flow.prepare({ fresh: true })}
                  >
                    Read {source()} again
                  </button>
                </Show>
              </div>
              <PlanPreview model={model()} title={`${props.title} preview`} />
            </>
          )}
        </Match>
      </Switch>
    </section>
  )
}
