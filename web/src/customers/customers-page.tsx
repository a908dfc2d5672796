import { EmptyState } from '../layout/empty-state'
import { Page } from '../layout/page'
import { PlannedFeatures } from '../layout/planned-features'

export default function CustomersPage() {
  return (
    <Page
      title="Customers"
      lead="The register: every customer you bill, grouped by top level, with the subscriptions your distributors report for each."
    >
      <EmptyState title="The register is empty">
        Customers appear here after the first import from a connection.
      </EmptyState>
      <PlannedFeatures
        id="customers-planned"
        items={[
          'Each customer’s main site address, its top level, and whether it was created by you or by a distributor import.',
          'A Subscriptions tab per customer: name, status, quantity, start and end dates, SKU, billing cycle and term, plus price and cost when enabled, each labelled with its distributor.',
          'Where what the distributor charges and what you bill have drifted apart.',
          'Reading offline: the register is kept in this browser, and edits wait until the network is back.',
        ]}
      />
    </Page>
  )
}
