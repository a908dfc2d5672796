import type {
  CommitmentAlert,
  DigestSend,
  LedgerRun,
  BillingLine,
  BillingLineInput,
  BillingLinePatch,
  BillingRun,
  BillingSettings,
  BillingTotals,
  ConnectionSettings,
  Customer,
  CsvImportResult,
  CustomerInput,
  CustomerPatch,
  Dismissal,
  NotBillable,
  ProRataQuery,
  Plan,
  PlanPartResult,
  PlanUpload,
  QuarantineDecision,
  QuarantineDecisionResult,
  Quarantined,
  RegisterChanges,
  RunDetail,
  RunTrigger,
  RunView,
  SyncNow,
  ImportListing,
  ImportListingWhat,
  SyncProgress,
  TopLevel,
  UndoResult,
} from '@seatkeeper/core'
import type { Result } from '../http/app-error'
import type { SnapshotChunk, SnapshotCursor } from './register-tables'
import type { RunNote } from './register-writer'
import type { SyncNowEnd } from './sync-now-store'
import type { ImportListingEnd } from './import-listing-store'
import type { ListingCursor, ListingKind, ListingPage } from './listing-store'

// The register Durable Object's RPC surface: the routes, the vault's connection list and the
// integrator call these on `env.REGISTER.get(env.REGISTER.idFromName('register'))` (registerStub).
// A call the register can refuse answers a Result: Workers RPC keeps only an error's message, so a
// refusal travels as data and the route throws it as an AppError.

export type { RunTrigger }

export type ApplyResult =
  | { ok: true; version: number; runId: string | null }
  | { ok: false; reason: 'stale'; version: number; message: string }
  | { ok: false; reason: 'invalid'; message: string; field?: string }

/** The answer to committing an upload: as to a plan, or the upload is unknown or expired. */
export type UploadCommitResult = ApplyResult | { ok: false; reason: 'not-found'; message: string }

/** A staged plan's commit: the plan without operations, which parts 0…parts−1 carry. */
export type UploadCommitInput = Omit<ApplyInput, 'plan' | 'idempotencyKey'> & {
  uploadId: string
  parts: number
  plan: Omit<Plan, 'operations'> & { operations?: unknown[] }
}

export type ApplyInput = {
  baseVersion: number
  plan: Plan
  actor: string
  trigger: RunTrigger
  startedAt?: string
  /** Requests the run sent upstream before this plan (the integrator's), kept on its run. */
  requests?: number
  /** The request's Idempotency-Key: a replay within 24 h answers the first answer, writes nothing. */
  idempotencyKey?: string
}

export type ConnectionStatus = {
  lastSyncAt?: string
  lastError?: string
  lastRunId?: string
  quarantined: number
  /** When the connection's rotating secret must be re-issued in the distributor's portal. */
  credentialsExpireAt?: string
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

/** Sealed secrets an exchange left (the vault's SealedSecrets), and what they were based on. */
export type RotatedSecrets = {
  sealed: { keyId: string; iv: string; ciphertext: string; fields: string[] }
  /** The connection record's updatedAt they descend from: a record saved since supersedes them. */
  basedOn: string
  /** When they stop working unless used again (ISO), if the distributor said. */
  expiresAt?: string
}

export type RotationClaim = { claimed: false } | { claimed: true; rotated?: RotatedSecrets }

/** One page of the register's records, with the register version it was read at. */
export type SnapshotPage = SnapshotChunk & { version: number }

export interface RegisterRpc {
  /**
   * The records from `from` on (`{ table: 'topLevels', after: 0 }`: from the start), as stored
   * JSON: pages of at most `maxRows` and about `maxChars`, so no answer nears Workers RPC's 32 MiB
   * (register-snapshot.ts).
   */
  snapshotPage(from: SnapshotCursor, maxRows: number, maxChars: number): Promise<SnapshotPage>
  /** The runs committed after version `since`, `limit` operations a page, or "take a snapshot". */
  changes(since: number, limit: number, from?: number): Promise<RegisterChanges>
  applyPlan(input: ApplyInput): Promise<ApplyResult>
  /** A plan too large for one request, in parts (plan-uploads.ts): start, parts, one commit. */
  startPlanUpload(): Promise<PlanUpload>
  putPlanPart(
    uploadId: string,
    part: number,
    operations: unknown[],
  ): Promise<Result<PlanPartResult>>
  /** Applies the staged parts as one plan, all or nothing; a replay answers the first answer. */
  commitPlanUpload(input: UploadCommitInput): Promise<UploadCommitResult>
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
  /** Billing writes (edge/src/billing/billing-writes.ts), each a run that can be undone. */
  createBillingLine(
    input: BillingLineInput,
    actor: string,
    idempotencyKey?: string,
  ): Promise<Result<BillingLine>>
  updateBillingLine(
    id: string,
    version: number,
    patch: Omit<BillingLinePatch, 'version'>,
    actor: string,
  ): Promise<Result<BillingLine>>
  removeBillingLine(id: string, actor: string): Promise<Result<BillingRun>>
  linkSubscription(
    subscriptionId: string,
    billingLineId: string | null,
    actor: string,
  ): Promise<Result<BillingRun>>
  markNotBillable(
    subscriptionId: string,
    notBillable: NotBillable | null,
    actor: string,
  ): Promise<Result<BillingRun>>
  dismissFinding(
    findingId: string,
    reason: string,
    actor: string,
    idempotencyKey?: string,
  ): Promise<Result<Dismissal>>
  restoreFinding(findingId: string, actor: string): Promise<Result<BillingRun>>
  /** Every row or nothing: one bad row and the answer lists the errors with no run. */
  importBillingLinesCsv(
    csv: string,
    actor: string,
    idempotencyKey?: string,
  ): Promise<CsvImportResult>
  billingSettings(): Promise<BillingSettings>
  putBillingSettings(settings: BillingSettings): Promise<BillingSettings>
  /** Money at stake and findings per kind, kept after each integrator run. */
  billingTotals(): Promise<BillingTotals>
  /** Renewals, closing cancellation windows and trials to act on at an instant (ms; digest). */
  commitmentAlerts(now: number): Promise<CommitmentAlert[]>
  /** The ledger's runs of the last SEAT_RISE_DAYS days with only their seat rises. */
  seatRises(today: string): Promise<LedgerRun[]>
  /** The pro-rata charges of the period's quantity changes, as the invoice-ready CSV. */
  proRataCsv(period: ProRataQuery): Promise<string>
  listRuns(options: { limit: number; before?: string }): Promise<RunView[]>
  /** A run without its operations; GET /api/runs/:id reads those with runOperationsPage. */
  getRunHead(id: string): Promise<Result<Omit<RunDetail, 'operations'>>>
  /** The run's operations from position `from`, as stored JSON, a page at a time (run-document.ts). */
  runOperationsPage(
    id: string,
    from: number,
    maxRows: number,
    maxChars: number,
  ): Promise<{ rows: string[]; next: number | null }>
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
  /** The connection's lock for secrets that change on use, with the latest ones (rotate-secrets.ts). */
  claimSecretRotation(connectionId: string, holder: string, ttlMs: number): Promise<RotationClaim>
  /** Stores an exchange's secrets and releases the lock; false when `holder` no longer had it. */
  commitSecretRotation(
    connectionId: string,
    holder: string,
    rotated: RotatedSecrets,
  ): Promise<boolean>
  releaseSecretRotation(connectionId: string, holder: string): Promise<void>
  /** Starts Sync now `id` of the connection, or answers the one already running (sync-now-store.ts). */
  startSyncNow(
    connectionId: string,
    id: string,
    ttlMs: number,
  ): Promise<{ started: boolean; sync: SyncNow }>
  /** A running Sync now's upstream requests so far. */
  reportSyncNow(
    connectionId: string,
    id: string,
    requests: number,
    progress?: SyncProgress,
  ): Promise<void>
  /** A sync workflow's listing between its steps (listing-store.ts): one step's records as `part`. */
  putListingPart(runKey: string, kind: ListingKind, part: number, items: string[]): Promise<void>
  readListingPage(
    runKey: string,
    kind: ListingKind,
    from: ListingCursor,
    maxChars: number,
  ): Promise<ListingPage>
  readListingPart(runKey: string, kind: ListingKind, part: number): Promise<string[]>
  dropListing(runKey: string): Promise<void>
  /** Ends a Sync now with its outcome and frees its lease. */
  finishSyncNow(connectionId: string, id: string, end: SyncNowEnd): Promise<void>
  readSyncNow(connectionId: string): Promise<SyncNow | null>
  /** The cron's run of a connection as it goes (sync-now-store.ts): begun, progress, end, read. */
  beginNightlySync(connectionId: string, id: string, lease: string): Promise<void>
  reportNightlySync(
    connectionId: string,
    id: string,
    requests: number,
    progress?: SyncProgress,
  ): Promise<void>
  finishNightlySync(connectionId: string, id: string, end: SyncNowEnd): Promise<void>
  readNightlySync(connectionId: string): Promise<SyncNow | null>
  /**
   * Import listings at the edge (import-listing-store.ts): start (or follow, or reuse) one, its
   * progress, its end, and the current or last one of a kind.
   */
  startImportListing(
    connectionId: string,
    what: ImportListingWhat,
    id: string,
    options: { ttlMs: number; fresh: boolean },
  ): Promise<{ started: boolean; listing: ImportListing }>
  reportImportListing(
    connectionId: string,
    what: ImportListingWhat,
    id: string,
    requests: number,
    progress?: SyncProgress,
  ): Promise<void>
  finishImportListing(
    connectionId: string,
    what: ImportListingWhat,
    id: string,
    end: ImportListingEnd,
  ): Promise<void>
  readImportListing(connectionId: string, what: ImportListingWhat): Promise<ImportListing | null>
  /** Keeps one digest attempt (the last DIGEST_SENDS_KEPT are kept). */
  recordDigestSend(send: DigestSend): Promise<void>
  /** The kept digest attempts, newest first. */
  listDigestSends(): Promise<DigestSend[]>
}
