import type { DistributorAdapter } from '@seatkeeper/distributors'
import type { ConnectionStatus } from '../register/register-rpc'
import type { StoredConnection } from '../vault'

/** A connection as the API shows it (docs/api.md): whether each secret is set, never its value. */
export type ConnectionView = {
  id: string
  distributor: string
  distributorLabel: string
  name: string
  config: Record<string, string>
  secrets: Record<string, boolean>
  createdAt: string
  updatedAt: string
  status: ConnectionStatus
}

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
