import { EmptyState } from '../layout/empty-state'
import { Page } from '../layout/page'
import { PlannedFeatures } from '../layout/planned-features'

export default function ConnectionsPage() {
  return (
    <Page
      title="Connections"
      lead="Your accounts at the cloud distributors you buy licences through. Each connection is one account; a distributor can be connected more than once."
    >
      <EmptyState title="No connections yet">
        Adding a connection arrives with the connections API, the next piece being built.
      </EmptyState>
      <PlannedFeatures
        id="connections-planned"
        items={[
          'New connections for ArrowSphere, ALSO, Dicker Data, Rhipe and Sherweb, each with that distributor’s own credentials. Secrets are write-only: once saved they are never shown again.',
          'Test Configuration, which says exactly what failed: a rejected secret, a wrong region, the distributor being down, or an account without the permission it needs.',
          'Customer mappings from each distributor customer to a register customer: generated from exact names, added by hand, or accepted from scored suggestions.',
          'Importing customers and subscriptions, with a preview of every change before anything is written.',
          'The daily integrator for each connection, with its last sync time and last error.',
        ]}
      />
    </Page>
  )
}
