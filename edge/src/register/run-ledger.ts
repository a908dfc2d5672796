import {
  CHANGES_REPLAY_MAX,
  type Operation,
  type Quarantined,
  type RegisterChanges,
  type RunDetail,
  type RunView,
  type Skipped,
} from '@seatkeeper/core'
import { jsonBatches } from './json-batches'
import { PAGE_CHARS } from './register-snapshot'

/** Writes a run and each of its operations (seq = its place in the run). Call inside the write's transaction. */
export function insertRun(
  sql: SqlStorage,
  run: RunView,
  operations: readonly Operation[],
  skipped: readonly Skipped[],
  quarantine: readonly Quarantined[],
): void {
  sql.exec(
    'INSERT INTO runs (id, json, skipped, quarantine) VALUES (?, ?, ?, ?)',
    run.id,
    JSON.stringify(run),
    JSON.stringify(skipped),
    JSON.stringify(quarantine),
  )
  // One statement per ~1 MB of operations (json-batches.ts); seq continues across batches.
  let seq = 0
  for (const batch of jsonBatches(operations.map((operation) => JSON.stringify(operation)))) {
    sql.exec(
      'INSERT INTO run_operations (run_id, seq, op) SELECT ?, ? + key, value FROM json_each(?)',
      run.id,
      seq,
      batch,
    )
    seq += sql.exec<{ n: number }>('SELECT json_array_length(?) AS n', batch).one().n
  }
}

/** Runs newest first; `before` is the id of the last run of the previous page. */
export function listRuns(sql: SqlStorage, options: { limit: number; before?: string }): RunView[] {
  const limit = Math.max(1, Math.min(200, Math.floor(options.limit) || 50))
  const rows = options.before
    ? sql.exec<{ json: string }>(
        'SELECT json FROM runs WHERE seq < (SELECT seq FROM runs WHERE id = ?) ORDER BY seq DESC LIMIT ?',
        options.before,
        limit,
      )
    : sql.exec<{ json: string }>('SELECT json FROM runs ORDER BY seq DESC LIMIT ?', limit)
  return rows.toArray().map((row) => JSON.parse(row.json) as RunView)
}

export function readRun(sql: SqlStorage, id: string): RunView | undefined {
  const row = sql.exec<{ json: string }>('SELECT json FROM runs WHERE id = ?', id).toArray()[0]
  return row ? (JSON.parse(row.json) as RunView) : undefined
}

export function readRunDetail(sql: SqlStorage, id: string): RunDetail | null {
  const head = readRunHead(sql, id)
  return head ? { ...head, operations: readOperations(sql, id) } : null
}

/** A run without its operations (GET /api/runs/:id reads those a page at a time). */
export function readRunHead(sql: SqlStorage, id: string): Omit<RunDetail, 'operations'> | null {
  const row = sql
    .exec<{ json: string; skipped: string; quarantine: string }>(
      'SELECT json, skipped, quarantine FROM runs WHERE id = ?',
      id,
    )
    .toArray()[0]
  if (!row) return null
  return {
    run: JSON.parse(row.json) as RunView,
    skipped: JSON.parse(row.skipped) as Skipped[],
    quarantine: JSON.parse(row.quarantine) as Quarantined[],
  }
}

/**
 * The run's operations from position `from` on, as stored JSON (never parsed): at most `maxRows`
 * and about `maxChars`, and where the next page starts (null: the last page).
 */
export function readOperationsPage(
  sql: SqlStorage,
  runId: string,
  from: number,
  maxRows: number,
  maxChars: number,
): { rows: string[]; next: number | null } {
  const rows: string[] = []
  let chars = 0
  for (const row of sql.exec<{ seq: number; op: string }>(
    'SELECT seq, op FROM run_operations WHERE run_id = ? AND seq >= ? ORDER BY seq LIMIT ?',
    runId,
    from,
    maxRows + 1,
  )) {
    if (rows.length >= maxRows || (rows.length > 0 && chars + row.op.length > maxChars))
      return { rows, next: row.seq }
    rows.push(row.op)
    chars += row.op.length
  }
  return { rows, next: null }
}

/** Records on a run that a later run undid it, so it cannot be undone twice. */
export function markUndone(sql: SqlStorage, id: string, undoneBy: string): void {
  const run = readRun(sql, id)
  if (!run) return
  sql.exec('UPDATE runs SET json = ? WHERE id = ?', JSON.stringify({ ...run, undoneBy }), id)
}

/**
 * The committed runs after register version `since`, whole runs of at most `limit` operations per
 * page (at least one run), or why a snapshot must be taken instead. Every commit moves the version
 * by one in a run (register-writer.ts), so the runs after `since` must chain from `since` to
 * `current`; a gap means the register changed outside the ledger and no delta can be trusted.
 */
export function readChanges(
  sql: SqlStorage,
  since: number,
  current: number,
  limit: number,
  from = 0,
): RegisterChanges {
  const snapshot = (reason: string): RegisterChanges => ({
    kind: 'snapshot',
    version: current,
    reason,
  })
  if (since > current)
    return snapshot(
      `This copy is at version ${since}, newer than the register's ${current}: the register was reset.`,
    )
  const runs = sql
    .exec<{ id: string; base: number; version: number; operations: number }>(
      `SELECT id, json_extract(json, '$.baseVersion') AS base, json_extract(json, '$.version') AS version,
        json_extract(json, '$.operations') AS operations
      FROM runs WHERE json_extract(json, '$.version') > ? AND json_extract(json, '$.operations') > 0
      ORDER BY seq`,
      since,
    )
    .toArray()
  let expected = since
  let total = 0
  for (const run of runs) {
    if (run.base !== expected) break
    expected = run.version
    total += run.operations
  }
  if (expected !== current)
    return snapshot(
      `The run ledger cannot replay the register from version ${since} to ${current}.`,
    )
  if (total > CHANGES_REPLAY_MAX)
    return snapshot(
      `${total.toLocaleString('en')} operations changed the register since version ${since}; reading it whole is quicker.`,
    )
  const page: RegisterChanges & { kind: 'changes' } = {
    kind: 'changes',
    version: current,
    runs: [],
    more: false,
  }
  const [first] = runs
  if (from > 0 && (!first || from >= first.operations))
    return snapshot(
      `Operation ${from.toLocaleString('en')} is past the end of the run after version ${since}.`,
    )
  let operations = 0
  for (const run of runs) {
    const head = { runId: run.id, baseVersion: run.base, version: run.version }
    // A run longer than a page comes in parts, each read as a page of its stored operations: a
    // first import's 19,000 operations in one answer were one 170–300 ms parse in the browser.
    if (run === first && (from > 0 || run.operations > limit)) {
      const part = readOperationsPage(sql, run.id, from, limit, PAGE_CHARS)
      const parsed = part.rows.map((op) => JSON.parse(op) as Operation)
      if (part.next !== null) {
        page.runs.push({ ...head, operations: parsed, next: part.next })
        page.more = true
        return page
      }
      page.runs.push({ ...head, operations: parsed })
      operations += parsed.length
      continue
    }
    if (page.runs.length > 0 && operations + run.operations > limit) {
      page.more = true
      break
    }
    operations += run.operations
    page.runs.push({ ...head, operations: readOperations(sql, run.id) })
  }
  return page
}

function readOperations(sql: SqlStorage, runId: string): Operation[] {
  return sql
    .exec<{ op: string }>('SELECT op FROM run_operations WHERE run_id = ? ORDER BY seq', runId)
    .toArray()
    .map((r) => JSON.parse(r.op) as Operation)
}
