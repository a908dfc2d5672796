import type {
  ConnectionSettings,
  Customer,
  CsvImportResult,
  CustomerInput,
  CustomerPatch,
  Plan,
  QuarantineDecision,
  QuarantineDecisionResult,
  Quarantined,
  Register,
  RunDetail,
  RunTrigger,
  RunView,
  TopLevel,
  UndoResult,
} from '@seatkeeper/core'
import type { Result } from '../http/app-error'
import type { RunNote } from './register-writer'

// The register Durable Object's RPC surface: the routes, the vault's connection list and the
// integrator call these on `env.REGISTER.get(env.REGISTER.idFromName('register'))` (registerStub).
// A call the register can refuse answers a Result: Workers RPC keeps only an error's message, so a
// refusal travels as data and the route throws it as an AppError.

export type { RunTrigger }

export type ApplyResult =
  | { ok: true; version: number; runId: string | null }
  | { ok: false; reason: 'stale'; version: number; message: string }
  | { ok: false; reason: 'invalid'; message: string; field?: string }

export type ApplyInput = {
  baseVersion: number
  plan: Plan
  actor: string
  trigger: RunTrigger
  startedAt?: string
}

export type ConnectionStatus = {
  lastSyncAt?: string
  lastError?: string
  lastRunId?: string
  quarantined: number
}

/** What an integrator run leaves on the connection's status (and, when it wrote nothing, the ledger). */
export type SyncRecord = {
  at: string
  error?: string
  runId?: string | null
  quarantine?: Quarantined[]
  run?: Omit<RunNote, 'connectionId'>
}

export type LeaseOutcome = 'acquired' | 'held' | 'done'

export interface RegisterRpc {
  snapshot(): Promise<Register>
  applyPlan(input: ApplyInput): Promise<ApplyResult>
  createTopLevel(name: string, actor: string): Promise<Result<TopLevel>>
  createCustomer(input: CustomerInput, actor: string): Promise<Result<Customer>>
  updateCustomer(
    id: string,
    version: number,
    patch: Omit<CustomerPatch, 'version'>,
    actor: string,
  ): Promise<Result<Customer>>
  importCustomersCsv(csv: string, actor: string): Promise<CsvImportResult>
  listRuns(options: { limit: number; before?: string }): Promise<RunView[]>
  getRun(id: string): Promise<Result<RunDetail>>
  undoRun(id: string, actor: string): Promise<Result<UndoResult>>
  getSettings(connectionId: string): Promise<ConnectionSettings>
  putSettings(
    connectionId: string,
    settings: ConnectionSettings,
  ): Promise<Result<ConnectionSettings>>
  connectionStatuses(): Promise<Record<string, ConnectionStatus>>
  /** The outcome on the connection's status, and `run` (a run that wrote nothing) in the ledger. */
  recordSync(connectionId: string, result: SyncRecord): Promise<void>
  getQuarantine(connectionId: string): Promise<Quarantined[]>
  decideQuarantine(
    connectionId: string,
    subscriptionId: string,
    decision: QuarantineDecision,
    actor: string,
  ): Promise<Result<QuarantineDecisionResult>>
  forgetConnection(connectionId: string): Promise<void>
  /** Integrator lease keyed by connection and day: `holder` (a queue message id) may re-take its own. */
  acquireLease(key: string, holder: string, ttlMs: number): Promise<LeaseOutcome>
  /** The run's heartbeat: the lease of `holder` expires `ttlMs` from now; false when it is not its any more. */
  renewLease(key: string, holder: string, ttlMs: number): Promise<boolean>
  completeLease(key: string, holder: string): Promise<void>
  releaseLease(key: string, holder: string): Promise<void>
}
