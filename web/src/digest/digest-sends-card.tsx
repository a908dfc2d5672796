import type { DigestSend } from '@seatkeeper/core'
import { For, Show } from 'solid-js'
import { digestSendSummary, digestSendWords } from './digest-send-words'

/** How many of the kept attempts the screen lists under the summary. */
const LISTED = 5

/** When the digest last went out, what was not sent and why, and the last few attempts. */
export function DigestSendsCard(props: { sends: readonly DigestSend[] }) {
  const summary = () => digestSendSummary(props.sends)
  return (
    <section class="card sk-stack" aria-labelledby="digest-sends-title">
      <h2 id="digest-sends-title">Sent</h2>
      <p>{summary()[0]}</p>
      <For each={summary().slice(1)}>
        {(line) => <p class="sk-outcome sk-outcome--failed">{line}</p>}
      </For>
      <Show when={props.sends.length > 0}>
        <h3>Recent attempts</h3>
        <ul>
          <For each={props.sends.slice(0, LISTED)}>
            {(send) => <li>{digestSendWords(send)}</li>}
          </For>
        </ul>
      </Show>
    </section>
  )
}
