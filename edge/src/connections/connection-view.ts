import type { ConnectionStatus, ConnectionView } from '@seatkeeper/core'
import type { DistributorAdapter } from '@seatkeeper/distributors'
import type { StoredConnection } from '../vault'

/** A stored connection as the API shows it (ConnectionViewSchema): secrets only as set or not. */
export function toConnectionView(
  record: StoredConnection,
  adapter: DistributorAdapter | undefined,
  status: ConnectionStatus | undefined,
): ConnectionView {
  const set = new Set(record.secrets.fields)
  const secretKeys = adapter ? adapter.fields.filter((f) => f.secret).map((f) => f.key) : [...set]
  return {
    id: record.id,
    distributor: record.distributor,
    distributorLabel: adapter?.label ?? record.distributor,
    name: record.name,
    config: { ...record.config },
    secrets: Object.fromEntries(secretKeys.map((key) => [key, set.has(key)])),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    status: status ?? { quarantined: 0 },
  }
}
