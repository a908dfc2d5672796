import { A } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { For, Show } from 'solid-js'
import { useRegister } from '../register/use-register'
import { connectionSettingsQuery } from './connection-settings-query'
import type { ConnectionView } from './connection-view-schema'
import { setupSteps } from './setup-steps'
import { hasTestPassed } from './test-passed'

/** "What next" for a connection: the setup steps, ticking themselves; gone once all are done. */
export function SetupChecklist(props: { connection: ConnectionView }) {
  const register = useRegister()
  const settings = useQuery(() => connectionSettingsQuery(props.connection.id))
  const steps = () =>
    register.data
      ? setupSteps({
          connectionId: props.connection.id,
          register: register.data,
          testPassed: hasTestPassed(props.connection),
          integratorEnabled: settings.data?.integrator.enabled ?? false,
        })
      : []
  const next = () => steps().find((s) => !s.done)
  const href = (tab: string) =>
    `/connections/${encodeURIComponent(props.connection.id)}${tab === 'details' ? '' : `?tab=${tab}`}`

  return (
    <Show when={next()}>
      {(first) => (
        <section class="card" aria-labelledby="setup-title">
          <h2 id="setup-title">Set up this connection</h2>
          <p class="sk-muted">
            Next: <strong>{first().label}</strong> — {first().hint}.
          </p>
          <ol class="checklist">
            <For each={steps()}>
              {(step) => (
                <li class={step.done ? 'checklist__item--done' : undefined}>
                  <span aria-hidden="true">{step.done ? '✓ ' : '○ '}</span>
                  <A href={href(step.tab)}>{step.label}</A>
                  <span class="visually-hidden">{step.done ? ' (done)' : ' (to do)'}</span>
                  <span class="sk-muted"> — {step.hint}</span>
                </li>
              )}
            </For>
          </ol>
        </section>
      )}
    </Show>
  )
}
