/** The storage layout's version; each step below moves a stored register one version on. */
export const SCHEMA_VERSION = 5

/**
 * Creates or upgrades the register's SQLite tables (docs/register.md "Storage"). Records are one
 * JSON row each, keyed like the core keys them; `run_id` is the last run that wrote the row, which
 * is how an undo knows whether something newer touched it. Rows keep their rowid on update, so
 * `ORDER BY rowid` gives back the register's own order.
 */
export function migrateRegisterSchema(sql: SqlStorage): void {
  sql.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
  const row = sql
    .exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema'")
    .toArray()[0]
  const from = row ? Number(row.value) : 0

  if (from < 1) {
    sql.exec(`
      CREATE TABLE top_levels (id TEXT PRIMARY KEY, run_id TEXT, json TEXT NOT NULL);
      CREATE TABLE customers (id TEXT PRIMARY KEY, run_id TEXT, json TEXT NOT NULL);
      CREATE TABLE subscriptions (id TEXT PRIMARY KEY, run_id TEXT, json TEXT NOT NULL);
      CREATE TABLE mappings (
        connection_id TEXT NOT NULL, external_customer_id TEXT NOT NULL, run_id TEXT, json TEXT NOT NULL,
        PRIMARY KEY (connection_id, external_customer_id)
      );
      CREATE TABLE settings (connection_id TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE connection_status (connection_id TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE quarantine (
        connection_id TEXT NOT NULL, subscription_id TEXT NOT NULL, json TEXT NOT NULL,
        PRIMARY KEY (connection_id, subscription_id)
      );
      CREATE TABLE runs (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL,
        skipped TEXT NOT NULL, quarantine TEXT NOT NULL
      );
      CREATE TABLE run_operations (
        run_id TEXT NOT NULL, seq INTEGER NOT NULL, op TEXT NOT NULL, PRIMARY KEY (run_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE leases (
        key TEXT PRIMARY KEY, holder TEXT NOT NULL, state TEXT NOT NULL, expires_at INTEGER NOT NULL
      );
      INSERT OR IGNORE INTO meta (key, value) VALUES ('version', '0');
    `)
  }
  if (from < 2) {
    // The answers to creates sent with an Idempotency-Key (IdempotencyStore), kept 24 hours.
    sql.exec(`
      CREATE TABLE idempotency (
        scope TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, at INTEGER NOT NULL,
        PRIMARY KEY (scope, key)
      );
      CREATE INDEX idempotency_at ON idempotency (at);
    `)
  }
  if (from < 3) {
    // Billing lines, and the reconciliation findings a person dismissed (keyed by finding id).
    sql.exec(`
      CREATE TABLE billing_lines (id TEXT PRIMARY KEY, run_id TEXT, json TEXT NOT NULL);
      CREATE TABLE dismissals (id TEXT PRIMARY KEY, run_id TEXT, json TEXT NOT NULL);
    `)
  }
  if (from < 4) {
    // A large plan's operations, staged a part at a time until its commit (plan-uploads.ts): each
    // part as JSON arrays of ≤ 1 MB (a row holds at most 2 MB).
    sql.exec(`
      CREATE TABLE plan_uploads (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
      CREATE TABLE plan_upload_parts (
        upload_id TEXT NOT NULL, part INTEGER NOT NULL, operations INTEGER NOT NULL,
        PRIMARY KEY (upload_id, part)
      ) WITHOUT ROWID;
      CREATE TABLE plan_upload_chunks (
        upload_id TEXT NOT NULL, part INTEGER NOT NULL, chunk INTEGER NOT NULL, json TEXT NOT NULL,
        PRIMARY KEY (upload_id, part, chunk)
      ) WITHOUT ROWID;
    `)
  }
  if (from < 5) {
    // A sync workflow's listing, written a step at a time and read back by its plan step
    // (listing-store.ts): each step's records as JSON arrays of ≤ 1 MB, like plan uploads.
    sql.exec(`
      CREATE TABLE sync_listings (run_key TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
      CREATE TABLE sync_listing_chunks (
        run_key TEXT NOT NULL, kind TEXT NOT NULL, part INTEGER NOT NULL, chunk INTEGER NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (run_key, kind, part, chunk)
      ) WITHOUT ROWID;
    `)
  }
  // Later layouts: `if (from < 6) { ALTER TABLE … }`, then bump SCHEMA_VERSION.

  if (from !== SCHEMA_VERSION) {
    sql.exec(
      "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)",
      String(SCHEMA_VERSION),
    )
  }
}
