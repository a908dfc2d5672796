import {
  applyOperations,
  recordOf,
  summarize,
  type Operation,
  type Plan,
  type Register,
  type RunTrigger,
  type RunView,
} from '@seatkeeper/core'
import { loadRegister, writeTouchedRecords } from './register-tables'
import { insertRun } from './run-ledger'

/** What a run writes: its operations, in the order they apply, and what is recorded beside them. */
export type Change = Pick<Plan, 'kind' | 'connectionId'> & {
  operations: readonly Operation[]
} & Partial<Pick<Plan, 'skipped' | 'quarantine' | 'summary'>> & {
    undoOf?: string
    errors?: string[]
  }
export type Who = { actor: string; trigger: RunTrigger; startedAt?: string }

/** A new opaque id: `run_…`, `cus_…`, `top_…`. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`
}

/**
 * The register in memory and the one way it changes. The in-memory copy is loaded from SQLite on
 * first use (after an eviction too) and replaced by each write's result, so reads cost nothing.
 */
export class RegisterWriter {
  private cached: Register | undefined

  constructor(private readonly storage: DurableObjectStorage) {}

  register(): Register {
    this.cached ??= loadRegister(this.storage.sql)
    return this.cached
  }

  /**
   * Applies a change on a copy of the register, then writes only the rows it touched, the new
   * version, the run and its operations (and `alsoWrite`'s rows) in one transaction: all or
   * nothing. A change without operations writes nothing and makes no run. Throws PlanApplyError
   * when an operation does not fit, before anything is written.
   */
  commit(
    change: Change,
    who: Who,
    alsoWrite?: (runId: string) => void,
  ): { version: number; runId: string | null } {
    const register = this.register()
    if (change.operations.length === 0) return { version: register.version, runId: null }
    const startedAt = who.startedAt ?? new Date().toISOString()
    const next = applyOperations(register, change.operations)
    const run: RunView = {
      id: newId('run'),
      kind: change.kind,
      ...(change.connectionId ? { connectionId: change.connectionId } : {}),
      trigger: who.trigger,
      actor: who.actor,
      startedAt,
      finishedAt: new Date().toISOString(),
      baseVersion: register.version,
      version: next.version,
      summary: change.summary ?? summarize(change.operations),
      operations: change.operations.length,
      quarantined: change.quarantine?.length ?? 0,
      skipped: change.skipped?.length ?? 0,
      errors: change.errors ?? [],
      ...(change.undoOf ? { undoOf: change.undoOf } : {}),
    }
    const sql = this.storage.sql
    this.storage.transactionSync(() => {
      writeTouchedRecords(sql, next, change.operations.map(recordOf), run.id)
      insertRun(sql, run, change.operations, change.skipped ?? [], change.quarantine ?? [])
      alsoWrite?.(run.id)
    })
    this.cached = next
    return { version: next.version, runId: run.id }
  }
}
