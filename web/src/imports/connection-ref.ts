import type { ConnectionRef } from '@seatkeeper/core'
import type { ConnectionView } from '../connections/connection-view-schema'

/** The connection as the planners need it: its id and the distributor's id and name. */
export const connectionRef = (connection: ConnectionView): ConnectionRef => ({
  id: connection.id,
  distributor: connection.distributor,
  distributorLabel: connection.distributorLabel,
})
