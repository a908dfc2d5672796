import type { ConnectionStatus, ConnectionView } from '@seatkeeper/core'
import type { Connector } from '@seatkeeper/psa'
import type { StoredConnection } from '../vault'

const DAY_MS = 86_400_000

/** Whole days left until `at`, 0 once it is past; undefined when `at` is not a date. */
function daysLeft(at: string | undefined, now: number): number | undefined {
  const until = at ? Date.parse(at) : Number.NaN
  return Number.isNaN(until) ? undefined : Math.max(0, Math.floor((until - now) / DAY_MS))
}

/**
 * A stored connection as the API shows it (ConnectionViewSchema): secrets only as set or not, and
 * whether it is to a distributor or a PSA. A record whose adapter is gone reads as a distributor's,
 * as every connection was before PSAs.
 */
export function toConnectionView(
  record: StoredConnection,
  connector: Connector | undefined,
  status: ConnectionStatus | undefined,
  now = Date.now(),
): ConnectionView {
  const adapter = connector?.adapter
  const days = daysLeft(status?.credentialsExpireAt, now)
  const set = new Set(record.secrets.fields)
  const secretKeys = adapter ? adapter.fields.filter((f) => f.secret).map((f) => f.key) : [...set]
  return {
    id: record.id,
    kind: connector?.kind ?? 'distributor',
    distributor: record.distributor,
    distributorLabel: adapter?.label ?? record.distributor,
    name: record.name,
    config: { ...record.config },
    secrets: Object.fromEntries(secretKeys.map((key) => [key, set.has(key)])),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    status: status ?? { quarantined: 0 },
    ...(days !== undefined ? { credentialsDaysLeft: days } : {}),
  }
}
