/** Query keys for connections and the distributors behind them; the one key factory for this noun. */
export const connectionKeys = {
  all: ['connections'] as const,
  list: () => [...connectionKeys.all, 'list'] as const,
  detail: (id: string) => [...connectionKeys.all, 'detail', id] as const,
  settings: (id: string) => [...connectionKeys.all, 'settings', id] as const,
  quarantine: (id: string) => [...connectionKeys.all, 'quarantine', id] as const,
  /** The connection's current or last Sync now (GET …/sync), polled while it runs. */
  syncNow: (id: string) => [...connectionKeys.all, 'sync-now', id] as const,
  nightlySync: (id: string) => [...connectionKeys.all, 'nightly-sync', id] as const,
  /** What the distributor lists for this connection, read through the edge proxy. */
  distributorCustomers: (id: string) =>
    [...connectionKeys.all, 'distributor-customers', id] as const,
  distributors: () => ['distributors'] as const,
  psas: () => ['psas'] as const,
}
