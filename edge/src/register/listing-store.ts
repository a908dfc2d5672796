import { jsonBatches } from './json-batches'

/** What a sync workflow lists, kept apart per kind. */
export type ListingKind = 'customers' | 'subscriptions' | 'lines'

/** Where a paged read of one kind goes on: the next part and chunk. */
export type ListingCursor = { part: number; chunk: number }

/** One page of a kind's records, as JSON arrays; `next` is absent after the last. */
export type ListingPage = { json: string[]; next?: ListingCursor }

// A finished run drops its listing; one whose workflow was abandoned is dropped after a week (the
// platform keeps a finished instance's state for 7 days by default too).
const KEEP_MS = 7 * 24 * 60 * 60 * 1000

/**
 * A sync workflow's listing between its steps (docs/integrator.md "The sync workflow"): each step
 * writes the records it listed here as one `part`, and the plan step reads them all back. A
 * step's result must stay under the platform's 1 MiB and the whole listing of a 100,000-
 * subscription account is ~50 MB, so it lives in the register's own SQLite, beside what it is
 * planned against. A retried step replaces its part, so a retry never doubles a record.
 */
export class ListingStore {
  constructor(private readonly sql: SqlStorage) {}

  /** Replaces part `part` of `kind` in run `runKey` with `items` (each already JSON). */
  putPart(
    runKey: string,
    kind: ListingKind,
    part: number,
    items: readonly string[],
    now = Date.now(),
  ): void {
    this.sql.exec('DELETE FROM sync_listings WHERE created_at < ?', now - KEEP_MS)
    this.sql.exec(
      'DELETE FROM sync_listing_chunks WHERE run_key NOT IN (SELECT run_key FROM sync_listings)',
    )
    this.sql.exec(
      'INSERT OR IGNORE INTO sync_listings (run_key, created_at) VALUES (?, ?)',
      runKey,
      now,
    )
    this.sql.exec(
      'DELETE FROM sync_listing_chunks WHERE run_key = ? AND kind = ? AND part = ?',
      runKey,
      kind,
      part,
    )
    jsonBatches(items).forEach((json, chunk) =>
      this.sql.exec(
        'INSERT INTO sync_listing_chunks (run_key, kind, part, chunk, json) VALUES (?, ?, ?, ?, ?)',
        runKey,
        kind,
        part,
        chunk,
        json,
      ),
    )
  }

  /** Chunks of `kind` from `from` on, in part and chunk order, up to about `maxChars`. */
  readPage(runKey: string, kind: ListingKind, from: ListingCursor, maxChars: number): ListingPage {
    const rows = this.sql.exec<{ part: number; chunk: number; json: string }>(
      `SELECT part, chunk, json FROM sync_listing_chunks
       WHERE run_key = ? AND kind = ? AND (part > ? OR (part = ? AND chunk >= ?))
       ORDER BY part, chunk`,
      runKey,
      kind,
      from.part,
      from.part,
      from.chunk,
    )
    const json: string[] = []
    let size = 0
    for (const row of rows) {
      if (json.length > 0 && size + row.json.length > maxChars)
        return { json, next: { part: row.part, chunk: row.chunk } }
      json.push(row.json)
      size += row.json.length
    }
    return { json }
  }

  /** Part `part` of `kind`: one step's records (a step's worth is far under an RPC answer). */
  readPart(runKey: string, kind: ListingKind, part: number): string[] {
    return this.sql
      .exec<{ json: string }>(
        'SELECT json FROM sync_listing_chunks WHERE run_key = ? AND kind = ? AND part = ? ORDER BY chunk',
        runKey,
        kind,
        part,
      )
      .toArray()
      .map((row) => row.json)
  }

  drop(runKey: string): void {
    this.sql.exec('DELETE FROM sync_listing_chunks WHERE run_key = ?', runKey)
    this.sql.exec('DELETE FROM sync_listings WHERE run_key = ?', runKey)
  }
}
