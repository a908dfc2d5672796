import type { LeaseOutcome } from './register-rpc'

// Leases are per connection per day; a week is long past any retry of that day's message.
const KEEP_MS = 7 * 24 * 60 * 60 * 1000

/**
 * The integrator's once-a-day guard. A lease is `running` until its holder completes it (`done`,
 * which no one re-takes) or releases it (gone, so a retry may run). A running lease is short and
 * renewed by its run's heartbeat (lease-heartbeat.ts); one past its expiry belongs to a run that
 * stopped beating (a crash) and may be taken over; its own holder may always re-take it.
 */
export class LeaseStore {
  constructor(private readonly sql: SqlStorage) {}

  acquire(key: string, holder: string, ttlMs: number, now = Date.now()): LeaseOutcome {
    this.sql.exec("DELETE FROM leases WHERE expires_at < ? AND state = 'done'", now - KEEP_MS)
    const row = this.sql
      .exec<{ holder: string; state: string; expires_at: number }>(
        'SELECT holder, state, expires_at FROM leases WHERE key = ?',
        key,
      )
      .toArray()[0]
    if (row?.state === 'done') return 'done'
    if (row && row.holder !== holder && row.expires_at > now) return 'held'
    this.sql.exec(
      "INSERT OR REPLACE INTO leases (key, holder, state, expires_at) VALUES (?, ?, 'running', ?)",
      key,
      holder,
      now + ttlMs,
    )
    return 'acquired'
  }

  /**
   * A heartbeat: a running lease of `holder` now expires `ttlMs` from now. False when the lease is
   * no longer its holder's (it expired and was taken over, completed or released).
   */
  renew(key: string, holder: string, ttlMs: number, now = Date.now()): boolean {
    const cursor = this.sql.exec(
      "UPDATE leases SET expires_at = ? WHERE key = ? AND holder = ? AND state = 'running'",
      now + ttlMs,
      key,
      holder,
    )
    return cursor.rowsWritten > 0
  }

  complete(key: string, holder: string, now = Date.now()): void {
    this.sql.exec(
      "UPDATE leases SET state = 'done', expires_at = ? WHERE key = ? AND holder = ?",
      now,
      key,
      holder,
    )
  }

  /** Whether `holder` has the running lease `key` and it has not run out. */
  holds(key: string, holder: string, now = Date.now()): boolean {
    const row = this.sql
      .exec<{ holder: string; state: string; expires_at: number }>(
        'SELECT holder, state, expires_at FROM leases WHERE key = ?',
        key,
      )
      .toArray()[0]
    return row?.holder === holder && row.state === 'running' && row.expires_at > now
  }

  release(key: string, holder: string): void {
    this.sql.exec(
      "DELETE FROM leases WHERE key = ? AND holder = ? AND state = 'running'",
      key,
      holder,
    )
  }
}
