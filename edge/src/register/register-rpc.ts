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
  /** The request's Idempotency-Key: a replay within 24 h answers the first answer, writes nothing. */
  idempotencyKey?: string
}

export type ConnectionStatus = {
  lastSyncAt?: string
  lastError?: string
  lastRunId?: string
  quarantined: number
}

export type LeaseOutcome = 'acquired' | 'held' | 'done'

export interface RegisterRpc {
  snapshot(): Promise<Register>
  applyPlan(input: ApplyInput): Promise<ApplyResult>
  createTopLevel(name: string, actor: string, idempotencyKey?: string): Promise<Result<TopLevel>>
  createCustomer(
    input: CustomerInput,
    actor: string,
    idempotencyKey?: string,
  ): Promise<Result<Customer>>
  updateCustomer(
    id: string,
    version: number,
    patch: Omit<CustomerPatch, 'version'>,
    actor: string,
  ): Promise<Result<Customer>>
  importCustomersCsv(csv: string, actor: string, idempotencyKey?: string): Promise<CsvImportResult>
  listRuns(options: { limit: number; before?: string }): Promise<RunView[]>
  getRun(id: string): Promise<Result<RunDetail>>
  undoRun(id: string, actor: string): Promise<Result<UndoResult>>
  getSettings(connectionId: string): Promise<ConnectionSettings>
  putSettings(
    connectionId: string,
    settings: ConnectionSettings,
  ): Promise<Result<ConnectionSettings>>
  connectionStatuses(): Promise<Record<string, ConnectionStatus>>
  recordSync(
    connectionId: string,
    result: { at: string; error?: string; runId?: string | null; quarantine?: Quarantined[] },
  ): Promise<void>
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
  completeLease(key: string, holder: string): Promise<void>
  releaseLease(key: string, holder: string): Promise<void>
}
