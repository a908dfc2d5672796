import type { CustomerImportOptions, ExternalCustomer } from '@seatkeeper/core'
import { useQueryClient } from '@tanstack/solid-query'
import { connectionKeys } from '../connections/connection-keys'
import type { ConnectionView } from '../connections/connection-view-schema'
import { errorMessage } from '../ui/error-message'
import { listExternalCustomers } from '../distributors/external-customers'
import { connectionRef } from './connection-ref'
import { ImportScreen } from './import-screen'
import { applyPlan, isRegisterChanged, loadFreshRegister } from '../register/register-access'
import { runCoreJob } from '../workers/run-core-job'
import { EDGE_NOTE, listsAtEdge, readAtEdge } from './edge-listing'

type CustomerImportScreenProps = {
  connection: ConnectionView
  options: CustomerImportOptions
  onClose: () => void
}

/** Import Customers: mapped → update, same name → map, otherwise create (docs/core-rules.md). */
export function CustomerImportScreen(props: CustomerImportScreenProps) {
  const queryClient = useQueryClient()
  const atEdge = () => listsAtEdge(props.connection)
  return (
    <ImportScreen<ExternalCustomer[]>
      title="Import Customers"
      source={props.connection.distributorLabel}
      intro={`Reads every ${props.connection.kind === 'psa' ? 'company in' : 'customer of'} this ${props.connection.distributorLabel} account, then shows what the import will do before anything is written.${atEdge() ? EDGE_NOTE : ''}`}
      onClose={props.onClose}
      deps={{
        read: async (onRequest, edge) => {
          if (atEdge()) {
            const read = await readAtEdge(props.connection.id, 'customers', edge)
            queryClient.setQueryData(connectionKeys.distributorCustomers(props.connection.id), {
              items: read.listing,
              complete: read.complete,
              problems: read.problems,
            })
            return read
          }
          const listing = await listExternalCustomers(props.connection, onRequest, (done, total) =>
            edge.onPages('customers', done, total),
          )
          // The other buttons of the tab read the same listing.
          queryClient.setQueryData(
            connectionKeys.distributorCustomers(props.connection.id),
            listing,
          )
          return { listing: listing.items, complete: listing.complete, problems: listing.problems }
        },
        loadRegister: loadFreshRegister,
        plan: (externalCustomers, register) =>
          runCoreJob('planCustomerImport', {
            connection: connectionRef(props.connection),
            externalCustomers,
            register,
            // Settings from the query (a Solid store): plain values for the worker.
            options: { ...props.options },
          }),
        submit: applyPlan,
        isRegisterChanged,
        describeError: errorMessage,
      }}
    />
  )
}
