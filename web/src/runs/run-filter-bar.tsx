import type { RunView } from '@seatkeeper/core'
import { For } from 'solid-js'
import { RUN_KIND_LABEL, RUN_OUTCOME_LABEL } from './summary-text'

/** The Runs page's three filters, offering only kinds and connections the ledger has. */
export function RunFilterBar(props: {
  runs: readonly RunView[]
  connectionNames: Record<string, string>
  kind: string
  connectionId: string
  outcome: string
  onKind: (kind: string) => void
  onConnection: (id: string) => void
  onOutcome: (outcome: string) => void
  shown: number
}) {
  const kinds = () => [...new Set(props.runs.map((r) => r.kind))]
  const connections = () =>
    [...new Set(props.runs.flatMap((r) => (r.connectionId ? [r.connectionId] : [])))].map((id) => ({
      id,
      name: props.connectionNames[id] ?? 'A connection removed since',
    }))
  return (
    <div class="filters">
      <div class="field">
        <label for="run-kind">Kind</label>
        <select
          id="run-kind"
          value={props.kind}
          onChange={(e) => props.onKind(e.currentTarget.value)}
        >
          <option value="">All kinds</option>
          <For each={kinds()}>{(k) => <option value={k}>{RUN_KIND_LABEL[k]}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="run-connection">Connection</label>
        <select
          id="run-connection"
          value={props.connectionId}
          onChange={(e) => props.onConnection(e.currentTarget.value)}
        >
          <option value="">All connections</option>
          <For each={connections()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="run-outcome">Outcome</label>
        <select
          id="run-outcome"
          value={props.outcome}
          onChange={(e) => props.onOutcome(e.currentTarget.value)}
        >
          <option value="">All outcomes</option>
          <For each={Object.entries(RUN_OUTCOME_LABEL)}>
            {([value, label]) => <option value={value}>{label}</option>}
          </For>
        </select>
      </div>
      <p class="filters__count" role="status">
        {props.shown.toLocaleString('en')} of {props.runs.length.toLocaleString('en')} runs
      </p>
    </div>
  )
}
