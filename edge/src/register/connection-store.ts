import {
  defaultConnectionSettings,
  type ConnectionSettings,
  type Quarantined,
} from '@seatkeeper/core'
import type { ConnectionStatus } from './register-rpc'

type SyncResult = { at: string; error?: string; runId?: string | null; quarantine?: Quarantined[] }

/** What the register keeps per connection: its settings, last sync status and held removals. */
export class ConnectionStore {
  constructor(private readonly sql: SqlStorage) {}

  settings(connectionId: string): ConnectionSettings {
    const row = this.sql
      .exec<{ json: string }>('SELECT json FROM settings WHERE connection_id = ?', connectionId)
      .toArray()[0]
    return row ? (JSON.parse(row.json) as ConnectionSettings) : defaultConnectionSettings()
  }

  putSettings(connectionId: string, settings: ConnectionSettings): void {
    this.sql.exec(
      'INSERT OR REPLACE INTO settings (connection_id, json) VALUES (?, ?)',
      connectionId,
      JSON.stringify(settings),
    )
  }

  statuses(): Record<string, ConnectionStatus> {
    const out: Record<string, ConnectionStatus> = {}
    for (const row of this.sql.exec<{ connection_id: string; json: string }>(
      'SELECT connection_id, json FROM connection_status',
    )) {
      out[row.connection_id] = {
        ...(JSON.parse(row.json) as Omit<ConnectionStatus, 'quarantined'>),
        quarantined: 0,
      }
    }
    const held = this.sql.exec<{ connection_id: string; n: number }>(
      'SELECT connection_id, COUNT(*) AS n FROM quarantine GROUP BY connection_id',
    )
    for (const row of held)
      out[row.connection_id] = { ...(out[row.connection_id] ?? {}), quarantined: row.n }
    return out
  }

  /**
   * The outcome of a sync: time, error (cleared by a success), its run (kept from before when this
   * sync changed nothing), and its quarantine, which replaces the last one: the newest listing decides.
   */
  recordSync(connectionId: string, result: SyncResult): void {
    const row = this.sql
      .exec<{ json: string }>(
        'SELECT json FROM connection_status WHERE connection_id = ?',
        connectionId,
      )
      .toArray()[0]
    const previous = row ? (JSON.parse(row.json) as Omit<ConnectionStatus, 'quarantined'>) : {}
    const lastRunId = result.runId ?? previous.lastRunId
    const status = {
      lastSyncAt: result.at,
      ...(result.error ? { lastError: result.error } : {}),
      ...(lastRunId ? { lastRunId } : {}),
    }
    this.sql.exec(
      'INSERT OR REPLACE INTO connection_status (connection_id, json) VALUES (?, ?)',
      connectionId,
      JSON.stringify(status),
    )
    if (result.quarantine) {
      this.sql.exec('DELETE FROM quarantine WHERE connection_id = ?', connectionId)
      for (const item of result.quarantine) {
        this.sql.exec(
          'INSERT OR REPLACE INTO quarantine (connection_id, subscription_id, json) VALUES (?, ?, ?)',
          connectionId,
          item.subscriptionId,
          JSON.stringify(item),
        )
      }
    }
  }

  quarantine(connectionId: string): Quarantined[] {
    return this.sql
      .exec<{ json: string }>(
        'SELECT json FROM quarantine WHERE connection_id = ? ORDER BY rowid',
        connectionId,
      )
      .toArray()
      .map((row) => JSON.parse(row.json) as Quarantined)
  }

  dropQuarantined(connectionId: string, subscriptionId: string): void {
    this.sql.exec(
      'DELETE FROM quarantine WHERE connection_id = ? AND subscription_id = ?',
      connectionId,
      subscriptionId,
    )
  }

  /** A deleted connection: its settings, status, quarantine and leases go; its records stay (history). */
  forget(connectionId: string): void {
    this.sql.exec('DELETE FROM settings WHERE connection_id = ?', connectionId)
    this.sql.exec('DELETE FROM connection_status WHERE connection_id = ?', connectionId)
    this.sql.exec('DELETE FROM quarantine WHERE connection_id = ?', connectionId)
    this.sql.exec(
      "DELETE FROM leases WHERE substr(key, 1, length(?) + 1) = ? || ':'",
      connectionId,
      connectionId,
    )
  }
}
