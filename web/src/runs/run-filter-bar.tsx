import type { RunView } from '@seatkeeper/core'
import { FilterSelect } from '../ui/filter-select'
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
      <FilterSelect
        id="run-kind"
        label="Kind"
        all="All kinds"
        value={props.kind}
        options={kinds().map((k) => ({ value: k, label: RUN_KIND_LABEL[k] }))}
        onChange={(kind) => props.onKind(kind)}
      />
      <FilterSelect
        id="run-connection"
        label="Connection"
        all="All connections"
        value={props.connectionId}
        options={connections().map((c) => ({ value: c.id, label: c.name }))}
        onChange={(id) => props.onConnection(id)}
      />
      <FilterSelect
        id="run-outcome"
        label="Outcome"
        all="All outcomes"
        value={props.outcome}
        options={Object.entries(RUN_OUTCOME_LABEL).map(([value, label]) => ({ value, label }))}
        onChange={(outcome) => props.onOutcome(outcome)}
      />
      <p class="filters__count" role="status">
        {props.shown.toLocaleString('en')} of {props.runs.length.toLocaleString('en')} runs
      </p>
    </div>
  )
}
