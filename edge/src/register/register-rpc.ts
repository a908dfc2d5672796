import type {
  ConnectionSettings,
  Customer,
  Operation,
  Plan,
  Quarantined,
  Register,
  Skipped,
  Subscription,
  TopLevel,
} from '@seatkeeper/core'

// The register Durable Object's RPC surface: the routes, the vault's connection list and the
// integrator call these on `env.REGISTER.get(env.REGISTER.idFromName('register'))` (registerStub).

export type RunTrigger = 'user' | 'cron' | 'sync-now'
export type RunKind = Plan['kind'] | 'manual' | 'csv-import' | 'undo' | 'quarantine-release'

export type RunView = {
  id: string
  kind: RunKind
  connectionId?: string
  trigger: RunTrigger
  actor: string
  startedAt: string
  finishedAt: string
  baseVersion: number
  version: number
  summary: Plan['summary']
  operations: number
  quarantined: number
  skipped: number
  errors: string[]
  undoneBy?: string
  undoOf?: string
}

/**
 * What a run did to one record. The core's operations, plus what only the register does: top
 * levels (no planner touches them) and removing a record, which only an undo of its creation does.
 */
export type RunOperation =
  | Operation
  | { op: 'createTopLevel'; after: TopLevel }
  | { op: 'removeTopLevel'; before: TopLevel }
  | { op: 'removeCustomer'; before: Customer }
  | { op: 'removeSubscription'; before: Subscription }

export type RunDetail = {
  run: RunView
  operations: RunOperation[]
  skipped: Skipped[]
  quarantine: Quarantined[]
}

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

export type CustomerInput = Partial<Omit<Customer, 'id' | 'version' | 'createdBy'>> & {
  name: string
}

export type CsvImportResult = {
  imported: number
  runId: string | null
  errors: Array<{ line: number; message: string }>
}

export type UndoResult = {
  runId: string | null
  reverted: number
  notReverted: Array<{ record: string; reason: string }>
}

export type LeaseOutcome = 'acquired' | 'held' | 'done'

export interface RegisterRpc {
  snapshot(): Promise<Register>
  applyPlan(input: ApplyInput): Promise<ApplyResult>
  createTopLevel(name: string, actor: string): Promise<TopLevel>
  createCustomer(input: CustomerInput, actor: string): Promise<Customer>
  updateCustomer(
    id: string,
    version: number,
    patch: Partial<CustomerInput> & { inactive?: boolean },
    actor: string,
  ): Promise<Customer>
  importCustomersCsv(csv: string, actor: string): Promise<CsvImportResult>
  listRuns(options: { limit: number; before?: string }): Promise<RunView[]>
  getRun(id: string): Promise<RunDetail | null>
  undoRun(id: string, actor: string): Promise<UndoResult>
  getSettings(connectionId: string): Promise<ConnectionSettings>
  putSettings(connectionId: string, settings: ConnectionSettings): Promise<ConnectionSettings>
  connectionStatuses(): Promise<Record<string, ConnectionStatus>>
  recordSync(
    connectionId: string,
    result: { at: string; error?: string; runId?: string | null; quarantine?: Quarantined[] },
  ): Promise<void>
  getQuarantine(connectionId: string): Promise<Quarantined[]>
  decideQuarantine(
    connectionId: string,
    subscriptionId: string,
    decision: 'release' | 'keep',
    actor: string,
  ): Promise<{ runId?: string }>
  forgetConnection(connectionId: string): Promise<void>
  /** Integrator lease keyed by connection and day: `holder` (a queue message id) may re-take its own. */
  acquireLease(key: string, holder: string, ttlMs: number): Promise<LeaseOutcome>
  completeLease(key: string, holder: string): Promise<void>
  releaseLease(key: string, holder: string): Promise<void>
}
