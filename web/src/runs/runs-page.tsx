import { EmptyState } from '../layout/empty-state'
import { Page } from '../layout/page'
import { PlannedFeatures } from '../layout/planned-features'

export default function RunsPage() {
  return (
    <Page
      title="Runs"
      lead="The history of every import and daily sync: who or what started it, when, and what it changed."
    >
      <EmptyState title="No runs yet">
        A run is recorded each time customers or subscriptions are imported or synced.
      </EmptyState>
      <PlannedFeatures
        id="runs-planned"
        items={[
          'Manual imports and the daily integrator runs, per connection, newest first.',
          'For every record a run touched, the value before and after, so any change can be traced.',
          'When a run fails, the error and what to do about it.',
        ]}
      />
    </Page>
  )
}
