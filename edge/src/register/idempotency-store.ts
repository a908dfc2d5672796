/** How long a create's answer is kept for a replay of its Idempotency-Key (docs/api.md). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

/**
 * The answers to creates sent with an Idempotency-Key, per call (`scope`, e.g. "POST
 * /api/customers"), kept 24 hours. The register writes an answer in the same transaction as the
 * write it answers, so a replay either finds it or finds nothing written.
 */
export class IdempotencyStore {
  constructor(private readonly sql: SqlStorage) {}

  /** The first answer to `key` for `scope`, or undefined when none was given within 24 hours. */
  replay(scope: string, key: string, now = Date.now()): unknown {
    const row = this.sql
      .exec<{ body: string }>(
        'SELECT body FROM idempotency WHERE scope = ? AND key = ? AND at > ?',
        scope,
        key,
        now - IDEMPOTENCY_TTL_MS,
      )
      .toArray()[0]
    return row ? (JSON.parse(row.body) as unknown) : undefined
  }

  /** Keeps `body` as the answer to `key`; call inside the write's transaction. */
  remember(scope: string, key: string, body: unknown, now = Date.now()): void {
    this.sql.exec('DELETE FROM idempotency WHERE at <= ?', now - IDEMPOTENCY_TTL_MS)
    this.sql.exec(
      'INSERT OR REPLACE INTO idempotency (scope, key, body, at) VALUES (?, ?, ?, ?)',
      scope,
      key,
      JSON.stringify(body),
      now,
    )
  }
}
