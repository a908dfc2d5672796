import type { LedgerRun, Operation } from '@seatkeeper/core'

/**
 * The runs that finished between `start` and `end` (days, both included), each with its
 * operations in order, as proRataCharges reads the run ledger. An undone run and its undo both
 * appear, so their quantity changes cancel out.
 */
export function ledgerRunsBetween(sql: SqlStorage, start: string, end: string): LedgerRun[] {
  const runs = sql
    .exec<{ id: string; finished: string }>(
      `SELECT id, json_extract(json, '$.finishedAt') AS finished FROM runs
       WHERE substr(json_extract(json, '$.finishedAt'), 1, 10) BETWEEN ? AND ? ORDER BY seq`,
      start,
      end,
    )
    .toArray()
  return runs.map(({ id, finished }) => ({
    run: { id, finishedAt: finished },
    operations: sql
      .exec<{ op: string }>('SELECT op FROM run_operations WHERE run_id = ? ORDER BY seq', id)
      .toArray()
      .map((row) => JSON.parse(row.op) as Operation),
  }))
}
