import {
  addDays,
  commitmentAlerts,
  ConnectionSettingsSchema,
  englishDate,
  englishMoney,
  SEAT_RISE_DAYS,
  seatRises,
  invertOperations,
  proRataCharges,
  proRataCsv,
  PlanApplyError,
  todayUtc,
  type BillingLineInput,
  type BillingLinePatch,
  type BillingSettings,
  type BillingTotals,
  type ConnectionSettings,
  type CsvImportResult,
  type CommitmentAlert,
  type DigestSend,
  type LedgerRun,
  type Customer,
  type CustomerInput,
  type CustomerPatch,
  type NotBillable,
  type ProRataQuery,
  type Plan,
  type QuarantineDecision,
  type QuarantineDecisionResult,
  type Register,
  type RegisterChanges,
  type RunDetail,
  type RunView,
  type TopLevel,
  type UndoResult,
  type SyncProgress,
  type ImportListingWhat,
} from '@seatkeeper/core'
import { DurableObject } from 'cloudflare:workers'
import * as v from 'valibot'
import { requireTopLevel } from './customer-checks'
import { BillingWrites } from '../billing/billing-writes'
import { ledgerRunsBetween, subscriptionRunsBetween } from '../billing/ledger-runs'
import { ReconciliationStore } from '../billing/reconciliation-store'
import { CustomerWrites } from './customer-writes'
import { readCustomerCsv } from './read-customer-csv'
import { AppError, type Result } from '../http/app-error'
import { resultOf } from '../http/result'
import { checkPlanInput } from './check-plan-input'
import { ConnectionStore } from './connection-store'
import { DigestSendStore } from './digest-send-store'
import { IdempotencyStore } from './idempotency-store'
import { LeaseStore } from './lease-store'
import { RotatedSecretsStore } from './rotated-secrets-store'
import { SyncNowStore, type SyncNowEnd } from './sync-now-store'
import {
  ImportListingStore,
  importListingRunKey,
  type ImportListingEnd,
} from './import-listing-store'
import { ListingStore, type ListingCursor, type ListingKind } from './listing-store'
import type {
  ApplyInput,
  ApplyResult,
  RegisterRpc,
  RotatedSecrets,
  SyncRecord,
  UploadCommitInput,
  UploadCommitResult,
} from './register-rpc'
import { PlanUploads } from './plan-uploads'
import { migrateRegisterSchema } from './register-schema'
import { changedBy, readSnapshotChunk, readVersion, type SnapshotCursor } from './register-tables'
import { newId, RegisterWriter, type Change, type Who } from './register-writer'
import { releasable } from './releasable'
import {
  listRuns,
  markUndone,
  readChanges,
  readOperationsPage,
  readRunDetail,
  readRunHead,
} from './run-ledger'

/**
 * The register: one SQLite-backed Durable Object (docs/register.md). Every change
 * is a run written in one transaction with its per-record before/after, so it can be read and
 * undone. The register itself is cached in memory between writes and rebuilt from SQLite after an
 * eviction.
 */
export class RegisterObject extends DurableObject<Env> implements RegisterRpc {
  private readonly sql: SqlStorage
  private readonly connections: ConnectionStore
  private readonly leases: LeaseStore
  private readonly rotatedSecrets: RotatedSecretsStore
  private readonly syncNow: SyncNowStore
  private readonly importListings: ImportListingStore
  private readonly writer: RegisterWriter
  private readonly idempotency: IdempotencyStore
  private readonly customers: CustomerWrites
  /** Billing lines, links, not-billable marks, dismissals (edge/src/billing). */
  private readonly billing: BillingWrites
  private readonly reconciliation: ReconciliationStore
  private readonly uploads: PlanUploads
  /** Sync workflows' listings between their steps. */
  private readonly listings: ListingStore
  private readonly digestSends: DigestSendStore

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    this.sql = ctx.storage.sql
    this.connections = new ConnectionStore(this.sql)
    this.leases = new LeaseStore(this.sql)
    this.rotatedSecrets = new RotatedSecretsStore(ctx.storage, this.leases)
    this.syncNow = new SyncNowStore(ctx.storage, this.leases)
    this.importListings = new ImportListingStore(ctx.storage, this.leases)
    this.writer = new RegisterWriter(ctx.storage)
    this.idempotency = new IdempotencyStore(this.sql)
    this.customers = new CustomerWrites(this.writer, this.idempotency)
    this.reconciliation = new ReconciliationStore(this.sql)
    this.billing = new BillingWrites(
      this.writer,
      this.idempotency,
      () => this.reconciliation.settings().autoAcceptThreshold,
    )
    this.uploads = new PlanUploads(this.sql)
    this.listings = new ListingStore(this.sql)
    this.digestSends = new DigestSendStore(ctx.storage)
    void ctx.blockConcurrencyWhile(async () => migrateRegisterSchema(this.sql))
  }

  async snapshotPage(from: SnapshotCursor, maxRows: number, maxChars: number) {
    return {
      version: readVersion(this.sql),
      ...readSnapshotChunk(this.sql, from, maxRows, maxChars),
    }
  }

  async changes(since: number, limit: number, from = 0): Promise<RegisterChanges> {
    return readChanges(this.sql, since, readVersion(this.sql), limit, from)
  }

  async applyPlan(input: ApplyInput): Promise<ApplyResult> {
    const key = input.idempotencyKey
    const replayed = key ? this.idempotency.replay('plans', key) : undefined
    if (replayed !== undefined) return replayed as ApplyResult
    return this.applyChecked(input, (answer) => {
      if (key) this.idempotency.remember('plans', key, answer)
    })
  }

  async startPlanUpload() {
    return this.uploads.start()
  }

  async putPlanPart(uploadId: string, part: number, operations: unknown[]) {
    return resultOf(() =>
      this.ctx.storage.transactionSync(() => this.uploads.putPart(uploadId, part, operations)),
    )
  }

  async commitPlanUpload(input: UploadCommitInput): Promise<UploadCommitResult> {
    // The upload id is the commit's idempotency key: a commit sent again after a lost answer
    // answers the first answer (the upload itself is gone by then).
    const replayed = this.idempotency.replay('plan-uploads', input.uploadId)
    if (replayed !== undefined) return replayed as UploadCommitResult
    if (input.plan.operations?.length) {
      return {
        ok: false,
        reason: 'invalid',
        field: 'plan.operations',
        message: "An upload's operations travel in its parts: send plan.operations as [].",
      }
    }
    let operations: unknown[]
    try {
      operations = this.uploads.operations(input.uploadId, input.parts)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      if (error.kind === 'not-found')
        return { ok: false, reason: 'not-found', message: error.message }
      return { ok: false, reason: 'invalid', message: error.message, field: error.field ?? 'parts' }
    }
    const plan = { ...input.plan, operations } as unknown as Plan
    return this.applyChecked({ ...input, plan }, (answer) => {
      this.uploads.drop(input.uploadId)
      this.idempotency.remember('plan-uploads', input.uploadId, answer)
    })
  }

  async createTopLevel(name: string, actor: string, key?: string): Promise<Result<TopLevel>> {
    return resultOf(() => this.customers.createTopLevel(name, actor, key))
  }

  async createCustomer(
    input: CustomerInput,
    actor: string,
    key?: string,
  ): Promise<Result<Customer>> {
    return resultOf(() => this.customers.createCustomer(input, actor, key))
  }

  async updateCustomer(
    id: string,
    version: number,
    patch: Omit<CustomerPatch, 'version'>,
    actor: string,
  ): Promise<Result<Customer>> {
    return resultOf(() => this.customers.updateCustomer(id, version, patch, actor))
  }

  async importCustomersCsv(csv: string, actor: string, key?: string): Promise<CsvImportResult> {
    const replayed = key ? this.idempotency.replay('customer-import', key) : undefined
    if (replayed !== undefined) return replayed as CsvImportResult
    const read = readCustomerCsv(csv, this.register(), newId)
    const { runId } = this.commit(
      {
        kind: 'csv-import',
        connectionId: '',
        operations: read.operations,
        errors: read.errors.map((e) => `Line ${e.line}: ${e.message}`),
      },
      { actor, trigger: 'user' },
      (id) => {
        const answer = { imported: read.imported, runId: id, errors: read.errors }
        if (key) this.idempotency.remember('customer-import', key, answer)
      },
    )
    return { imported: runId ? read.imported : 0, runId, errors: read.errors }
  }

  async createBillingLine(input: BillingLineInput, actor: string, key?: string) {
    return resultOf(() => this.billing.createLine(input, actor, key))
  }

  async updateBillingLine(
    id: string,
    version: number,
    patch: Omit<BillingLinePatch, 'version'>,
    actor: string,
  ) {
    return resultOf(() => this.billing.updateLine(id, version, patch, actor))
  }

  async removeBillingLine(id: string, actor: string) {
    return resultOf(() => this.billing.removeLine(id, actor))
  }

  async linkSubscription(subscriptionId: string, billingLineId: string | null, actor: string) {
    return resultOf(() => this.billing.link(subscriptionId, billingLineId, actor))
  }

  async markNotBillable(subscriptionId: string, notBillable: NotBillable | null, actor: string) {
    return resultOf(() => this.billing.markNotBillable(subscriptionId, notBillable, actor))
  }

  async dismissFinding(findingId: string, reason: string, actor: string, key?: string) {
    return resultOf(() => this.billing.dismiss(findingId, reason, actor, key))
  }

  async restoreFinding(findingId: string, actor: string) {
    return resultOf(() => this.billing.restore(findingId, actor))
  }

  async importBillingLinesCsv(csv: string, actor: string, key?: string) {
    return this.billing.importCsv(csv, actor, key)
  }

  async billingSettings(): Promise<BillingSettings> {
    return this.reconciliation.settings()
  }

  async putBillingSettings(settings: BillingSettings): Promise<BillingSettings> {
    this.reconciliation.putSettings(settings)
    return settings
  }

  async billingTotals(): Promise<BillingTotals> {
    return this.reconciliation.totals(this.register())
  }

  /**
   * The renewal, window and trial alerts at the instant `now` (its UTC day; windows' hours left
   * from `now`), by the MSP's lead times, with the ledger's recent seat rises for seats added
   * mid-term (their 7-day window), in the digest's words: what it lists under "Renewals coming".
   */
  async commitmentAlerts(now: number): Promise<CommitmentAlert[]> {
    const today = todayUtc(now)
    const runs = await this.seatRises(today)
    const { renewals } = this.reconciliation.settings()
    return commitmentAlerts(this.register(), today, renewals, {
      runs,
      now,
      money: englishMoney,
      date: englishDate,
    })
  }

  /** The last SEAT_RISE_DAYS days of the ledger, to `today`, with only their seat rises. */
  async seatRises(today: string): Promise<LedgerRun[]> {
    return seatRises(subscriptionRunsBetween(this.sql, addDays(today, -SEAT_RISE_DAYS), today))
  }

  async proRataCsv(period: ProRataQuery): Promise<string> {
    const register = this.register()
    const runs = ledgerRunsBetween(this.sql, period.start, period.end)
    return proRataCsv(register, proRataCharges(register, runs, period))
  }

  async listRuns(options: { limit: number; before?: string }): Promise<RunView[]> {
    return listRuns(this.sql, options)
  }

  async getRunHead(id: string) {
    return resultOf(() => {
      const head = readRunHead(this.sql, id)
      if (!head) throw new AppError('not-found', `There is no run ${id}.`)
      return head
    })
  }

  async runOperationsPage(id: string, from: number, maxRows: number, maxChars: number) {
    return readOperationsPage(this.sql, id, from, maxRows, maxChars)
  }

  async undoRun(id: string, actor: string): Promise<Result<UndoResult>> {
    return resultOf(() => {
      const detail = this.runDetail(id)
      if (detail.run.undoneBy) {
        throw new AppError(
          'conflict',
          `Run ${id} was already undone by run ${detail.run.undoneBy}; it cannot be undone twice.`,
        )
      }
      const undo = invertOperations(this.register(), detail.operations, {
        changedBy: (ref) => changedBy(this.sql, ref),
      })
      const { runId } = this.commit(
        {
          kind: 'undo',
          connectionId: detail.run.connectionId ?? '',
          operations: undo.operations,
          undoOf: id,
        },
        { actor, trigger: 'user' },
        (undoRunId) => markUndone(this.sql, id, undoRunId),
      )
      return { runId, reverted: undo.operations.length, notReverted: undo.notReverted }
    })
  }

  async getSettings(connectionId: string) {
    return this.connections.settings(connectionId)
  }

  async putSettings(connectionId: string, settings: unknown): Promise<Result<ConnectionSettings>> {
    return resultOf(() => {
      const parsed = v.safeParse(ConnectionSettingsSchema, settings)
      if (!parsed.success) {
        const issue = parsed.issues[0]
        const field = v.getDotPath(issue) ?? undefined
        throw new AppError(
          'invalid',
          `The settings do not fit${field ? ` at ${field}` : ''}: ${issue.message}.`,
          field === undefined ? {} : { field },
        )
      }
      this.requireTopLevel(parsed.output.customerImport.topLevelId, 'customerImport.topLevelId')
      this.connections.putSettings(connectionId, parsed.output)
      return parsed.output
    })
  }

  async connectionStatuses() {
    const statuses = this.connections.statuses()
    for (const [id, at] of Object.entries(await this.rotatedSecrets.expiries())) {
      statuses[id] = { quarantined: 0, ...statuses[id], credentialsExpireAt: at }
    }
    return statuses
  }

  async recordSync(connectionId: string, result: SyncRecord) {
    const { run, ...status } = result
    this.ctx.storage.transactionSync(() => {
      this.connections.recordSync(connectionId, status)
      if (run) this.writer.noteRun({ ...run, connectionId })
    })
    // After each integrator run, so the home page and the digest read money at stake without
    // reconciling in the browser (docs/register.md "Billing").
    this.reconciliation.refresh(this.register())
  }

  async getQuarantine(connectionId: string) {
    return this.connections.quarantine(connectionId)
  }

  async decideQuarantine(
    connectionId: string,
    subscriptionId: string,
    decision: QuarantineDecision,
    actor: string,
  ): Promise<Result<QuarantineDecisionResult>> {
    return resultOf(() => {
      const item = this.connections
        .quarantine(connectionId)
        .find((q) => q.subscriptionId === subscriptionId)
      if (!item) {
        throw new AppError(
          'not-found',
          `Subscription ${subscriptionId} is not held back for this connection.`,
        )
      }
      if (decision === 'keep') {
        this.connections.dropQuarantined(connectionId, subscriptionId)
        return {}
      }
      const problem = releasable(this.register(), item)
      if (problem) throw new AppError('conflict', problem)
      const { runId } = this.commit(
        { kind: 'quarantine-release', connectionId, operations: [item.operation] },
        { actor, trigger: 'user' },
        () => this.connections.dropQuarantined(connectionId, subscriptionId),
      )
      return runId ? { runId } : {}
    })
  }

  async forgetConnection(connectionId: string) {
    this.ctx.storage.transactionSync(() => this.connections.forget(connectionId))
    await this.rotatedSecrets.forget(connectionId)
    await this.syncNow.forget(connectionId)
    await this.importListings.forget(connectionId)
  }

  async acquireLease(key: string, holder: string, ttlMs: number) {
    return this.leases.acquire(key, holder, ttlMs)
  }

  async renewLease(key: string, holder: string, ttlMs: number) {
    return this.leases.renew(key, holder, ttlMs)
  }

  async completeLease(key: string, holder: string) {
    this.leases.complete(key, holder)
  }

  async releaseLease(key: string, holder: string) {
    this.leases.release(key, holder)
  }

  async claimSecretRotation(connectionId: string, holder: string, ttlMs: number) {
    return this.rotatedSecrets.claim(connectionId, holder, ttlMs)
  }

  async commitSecretRotation(connectionId: string, holder: string, rotated: RotatedSecrets) {
    return this.rotatedSecrets.commit(connectionId, holder, rotated)
  }

  async startSyncNow(connectionId: string, id: string, ttlMs: number) {
    return this.syncNow.start(connectionId, id, ttlMs)
  }

  async reportSyncNow(connectionId: string, id: string, requests: number, progress?: SyncProgress) {
    await this.syncNow.report(connectionId, id, requests, progress)
  }

  async finishSyncNow(connectionId: string, id: string, end: SyncNowEnd) {
    await this.syncNow.finish(connectionId, id, end)
  }

  async putListingPart(runKey: string, kind: ListingKind, part: number, items: string[]) {
    this.listings.putPart(runKey, kind, part, items)
  }

  async readListingPage(runKey: string, kind: ListingKind, from: ListingCursor, maxChars: number) {
    return this.listings.readPage(runKey, kind, from, maxChars)
  }

  async readListingPart(runKey: string, kind: ListingKind, part: number) {
    return this.listings.readPart(runKey, kind, part)
  }

  async dropListing(runKey: string) {
    this.listings.drop(runKey)
  }

  async readSyncNow(connectionId: string) {
    return this.syncNow.read(connectionId)
  }

  async beginNightlySync(connectionId: string, id: string, lease: string) {
    await this.syncNow.beginNightly(connectionId, id, lease)
  }

  async reportNightlySync(
    connectionId: string,
    id: string,
    requests: number,
    progress?: SyncProgress,
  ) {
    await this.syncNow.reportNightly(connectionId, id, requests, progress)
  }

  async finishNightlySync(connectionId: string, id: string, end: SyncNowEnd) {
    await this.syncNow.finishNightly(connectionId, id, end)
  }

  async readNightlySync(connectionId: string) {
    return this.syncNow.readNightly(connectionId)
  }

  async startImportListing(
    connectionId: string,
    what: ImportListingWhat,
    id: string,
    options: { ttlMs: number; fresh: boolean },
  ) {
    const { replaced, ...answer } = await this.importListings.start(connectionId, what, id, options)
    // The listing a new one replaces is never planned from again.
    if (replaced) this.listings.drop(importListingRunKey(replaced))
    return answer
  }

  async reportImportListing(
    connectionId: string,
    what: ImportListingWhat,
    id: string,
    requests: number,
    progress?: SyncProgress,
  ) {
    await this.importListings.report(connectionId, what, id, requests, progress)
  }

  async finishImportListing(
    connectionId: string,
    what: ImportListingWhat,
    id: string,
    end: ImportListingEnd,
  ) {
    await this.importListings.finish(connectionId, what, id, end)
  }

  async readImportListing(connectionId: string, what: ImportListingWhat) {
    return this.importListings.read(connectionId, what)
  }

  async recordDigestSend(send: DigestSend) {
    await this.digestSends.record(send)
  }

  async listDigestSends() {
    return this.digestSends.list()
  }

  async releaseSecretRotation(connectionId: string, holder: string) {
    this.rotatedSecrets.release(connectionId, holder)
  }

  /**
   * Checks a plan (checkPlanInput) and commits it as one run, `alsoWrite` writing beside it in the
   * same transaction with the answer it will give.
   */
  private applyChecked(
    input: ApplyInput,
    alsoWrite: (answer: Extract<ApplyResult, { ok: true }>) => void,
  ): ApplyResult {
    const startedAt = input.startedAt ?? new Date().toISOString()
    const checked = checkPlanInput(input, this.register())
    if (!('plan' in checked)) return checked
    try {
      const next = this.register().version + 1
      const { version, runId } = this.commit(
        checked.plan,
        {
          actor: input.actor,
          trigger: input.trigger,
          startedAt,
          ...(input.requests !== undefined ? { requests: input.requests } : {}),
        },
        (id) => alsoWrite({ ok: true, version: next, runId: id }),
      )
      return { ok: true, version, runId }
    } catch (error) {
      if (!(error instanceof PlanApplyError)) throw error
      return {
        ok: false,
        reason: 'invalid',
        message: error.message,
        field: `plan.${error.field}`,
      }
    }
  }

  private register(): Register {
    return this.writer.register()
  }

  private commit(change: Change, who: Who, alsoWrite?: (runId: string) => void) {
    return this.writer.commit(change, who, alsoWrite)
  }

  private runDetail(id: string): RunDetail {
    const detail = readRunDetail(this.sql, id)
    if (!detail) throw new AppError('not-found', `There is no run ${id}.`)
    return detail
  }

  private requireTopLevel(id: string | undefined, field?: string): void {
    requireTopLevel(this.register(), id, field)
  }
}
