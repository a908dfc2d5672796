import {
  applyOperations,
  recordOf,
  summarize,
  type Operation,
  type Plan,
  type Register,
  type RunOutcome,
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
export type Who = {
  actor: string
  trigger: RunTrigger
  startedAt?: string
  /** Requests the run sent upstream (the integrator counts them), shown with its duration. */
  requests?: number
}

/**
 * A run that wrote nothing, kept in the ledger so the Runs page shows every integrator run: one
 * that found nothing to change, failed (`reason` says why), or only held removals back.
 */
export type RunNote = Pick<Plan, 'kind' | 'connectionId'> &
  Partial<Pick<Plan, 'skipped' | 'quarantine' | 'summary'>> &
  Who & { outcome: Exclude<RunOutcome, 'changed'>; reason?: string }

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
      ...(who.requests !== undefined ? { requests: who.requests } : {}),
      ...(change.undoOf ? { undoOf: change.undoOf } : {}),
      ...outcomeOf(change.quarantine),
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

  /** Writes a run with no operations (RunNote); its id. Call inside the write's transaction. */
  noteRun(note: RunNote): string {
    const version = this.register().version
    const run: RunView = {
      id: newId('run'),
      kind: note.kind,
      ...(note.connectionId ? { connectionId: note.connectionId } : {}),
      trigger: note.trigger,
      actor: note.actor,
      startedAt: note.startedAt ?? new Date().toISOString(),
      finishedAt: new Date().toISOString(),
      baseVersion: version,
      version,
      summary: note.summary ?? summarize([]),
      operations: 0,
      quarantined: note.quarantine?.length ?? 0,
      skipped: note.skipped?.length ?? 0,
      errors: [],
      outcome: note.outcome,
      ...(note.reason ? { reason: note.reason } : {}),
      ...(note.requests !== undefined ? { requests: note.requests } : {}),
    }
    insertRun(this.storage.sql, run, [], note.skipped ?? [], note.quarantine ?? [])
    return run.id
  }
}

// A run that wrote and also held removals back is 'held-back', with the guard's reason: the Runs
// page shows what still waits for a person.
function outcomeOf(
  quarantine: Plan['quarantine'] | undefined,
): Pick<RunView, 'outcome' | 'reason'> {
  const held = quarantine?.[0]
  return held ? { outcome: 'held-back', reason: held.reason } : { outcome: 'changed' }
}
