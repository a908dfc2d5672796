import {
  ConnectionSettingsSchema,
  PlanApplyError,
  type Customer,
  type Plan,
  type Quarantined,
  type Register,
  type TopLevel,
} from '@seatkeeper/core'
import { DurableObject } from 'cloudflare:workers'
import * as v from 'valibot'
import { customerUpdate, newCustomer, type CustomerPatch } from '../customers/customer-operations'
import { readCustomerCsv } from '../customers/read-customer-csv'
import type { RunChange } from './apply-run-operations'
import { checkPlanInput } from './check-plan-input'
import { ConnectionStore } from './connection-store'
import { LeaseStore } from './lease-store'
import { planUndo } from './plan-undo'
import { registerError } from './register-error'
import type {
  ApplyInput,
  ApplyResult,
  CsvImportResult,
  CustomerInput,
  RegisterRpc,
  RunView,
  UndoResult,
} from './register-rpc'
import { migrateRegisterSchema } from './register-schema'
import { lastRunOf } from './register-tables'
import { newId, RegisterWriter, type Change, type Who } from './register-writer'
import { releasable } from './releasable'
import { listRuns, markUndone, readRun, readRunDetail } from './run-ledger'

/**
 * The register: one SQLite-backed Durable Object (DESIGN.md §3.3, docs/register.md). Every change
 * is a run written in one transaction with its per-record before/after, so it can be read and
 * undone. The register itself is cached in memory between writes and rebuilt from SQLite after an
 * eviction.
 */
export class RegisterObject extends DurableObject<Env> implements RegisterRpc {
  private readonly sql: SqlStorage
  private readonly connections: ConnectionStore
  private readonly leases: LeaseStore
  private readonly writer: RegisterWriter

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    this.sql = ctx.storage.sql
    this.connections = new ConnectionStore(this.sql)
    this.leases = new LeaseStore(this.sql)
    this.writer = new RegisterWriter(ctx.storage)
    void ctx.blockConcurrencyWhile(async () => migrateRegisterSchema(this.sql))
  }

  async snapshot(): Promise<Register> {
    return this.register()
  }

  async applyPlan(input: ApplyInput): Promise<ApplyResult> {
    const startedAt = input.startedAt ?? new Date().toISOString()
    const checked = checkPlanInput(input, this.register())
    if (!('plan' in checked)) return checked
    const { plan } = checked
    try {
      const { version, runId } = this.commit(plan, {
        actor: input.actor,
        trigger: input.trigger,
        startedAt,
      })
      return { ok: true, version, runId }
    } catch (error) {
      if (!(error instanceof PlanApplyError)) throw error
      return {
        ok: false,
        reason: 'invalid',
        message: error.message,
        field: `plan.operations.${error.operationIndex}`,
      }
    }
  }

  async createTopLevel(name: string, actor: string): Promise<TopLevel> {
    const trimmed = name.trim()
    if (!trimmed) throw registerError('invalid', 'A top level needs a name.', 'name')
    if (
      this.register().topLevels.some((t) => t.name.trim().toLowerCase() === trimmed.toLowerCase())
    ) {
      throw registerError('invalid', `A top level named "${trimmed}" already exists.`, 'name')
    }
    const topLevel = { id: newId('top'), name: trimmed }
    this.commitManual('manual', [{ op: 'createTopLevel', after: topLevel }], actor)
    return topLevel
  }

  async createCustomer(input: CustomerInput, actor: string): Promise<Customer> {
    if (!input.name?.trim()) throw registerError('invalid', 'A customer needs a name.', 'name')
    this.requireTopLevel(input.topLevelId)
    const customer = newCustomer(newId('cus'), input)
    this.commitManual('manual', [{ op: 'createCustomer', after: customer }], actor)
    return customer
  }

  async updateCustomer(
    id: string,
    version: number,
    patch: CustomerPatch,
    actor: string,
  ): Promise<Customer> {
    const current = this.register().customers.find((c) => c.id === id)
    if (!current)
      throw registerError(
        'not-found',
        `There is no customer ${id}. It may have been removed; reload the list.`,
      )
    if (current.version !== version) {
      throw registerError(
        'conflict',
        `Customer ${current.name} was changed since you opened it (your version ${version}, now ${current.version}). Reload it and make your edit again.`,
        'version',
      )
    }
    if (patch.name !== undefined && !patch.name.trim())
      throw registerError('invalid', 'A customer needs a name.', 'name')
    this.requireTopLevel(patch.topLevelId)
    const operation = customerUpdate(current, patch)
    if (!operation) return current
    this.commitManual('manual', [operation], actor)
    return this.register().customers.find((c) => c.id === id) as Customer
  }

  async importCustomersCsv(csv: string, actor: string): Promise<CsvImportResult> {
    const read = readCustomerCsv(csv, this.register(), newId)
    const { runId } = this.commit(
      {
        kind: 'csv-import',
        connectionId: '',
        operations: [
          ...read.topLevels.map((after) => ({ op: 'createTopLevel' as const, after })),
          ...read.customers.map((after) => ({ op: 'createCustomer' as const, after })),
        ],
        errors: read.errors.map((e) => `Line ${e.line}: ${e.message}`),
      },
      { actor, trigger: 'user' },
    )
    return { imported: runId ? read.customers.length : 0, runId, errors: read.errors }
  }

  async listRuns(options: { limit: number; before?: string }): Promise<RunView[]> {
    return listRuns(this.sql, options)
  }

  async getRun(id: string) {
    return readRunDetail(this.sql, id)
  }

  async undoRun(id: string, actor: string): Promise<UndoResult> {
    const detail = readRunDetail(this.sql, id)
    if (!detail) throw registerError('not-found', `There is no run ${id}.`)
    if (detail.run.undoneBy) {
      throw registerError(
        'conflict',
        `Run ${id} was already undone by run ${detail.run.undoneBy}; it cannot be undone twice.`,
      )
    }
    const undo = planUndo(this.register(), detail, {
      lastRunOf: (ref) => lastRunOf(this.sql, ref),
      readRun: (runId) => readRun(this.sql, runId),
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
  }

  async getSettings(connectionId: string) {
    return this.connections.settings(connectionId)
  }

  async putSettings(connectionId: string, settings: unknown) {
    const parsed = v.safeParse(ConnectionSettingsSchema, settings)
    if (!parsed.success) {
      const issue = parsed.issues[0]
      const field = v.getDotPath(issue) ?? undefined
      throw registerError(
        'invalid',
        `The settings do not fit${field ? ` at ${field}` : ''}: ${issue.message}.`,
        field,
      )
    }
    this.requireTopLevel(parsed.output.customerImport.topLevelId, 'customerImport.topLevelId')
    this.connections.putSettings(connectionId, parsed.output)
    return parsed.output
  }

  async connectionStatuses() {
    return this.connections.statuses()
  }

  async recordSync(
    connectionId: string,
    result: { at: string; error?: string; runId?: string | null; quarantine?: Quarantined[] },
  ) {
    this.ctx.storage.transactionSync(() => this.connections.recordSync(connectionId, result))
  }

  async getQuarantine(connectionId: string) {
    return this.connections.quarantine(connectionId)
  }

  async decideQuarantine(
    connectionId: string,
    subscriptionId: string,
    decision: 'release' | 'keep',
    actor: string,
  ) {
    const item = this.connections
      .quarantine(connectionId)
      .find((q) => q.subscriptionId === subscriptionId)
    if (!item)
      throw registerError(
        'not-found',
        `Subscription ${subscriptionId} is not held back for this connection.`,
      )
    if (decision === 'keep') {
      this.connections.dropQuarantined(connectionId, subscriptionId)
      return {}
    }
    const problem = releasable(this.register(), item)
    if (problem) throw registerError('conflict', problem)
    const { runId } = this.commit(
      { kind: 'quarantine-release', connectionId, operations: [item.operation] },
      { actor, trigger: 'user' },
      () => this.connections.dropQuarantined(connectionId, subscriptionId),
    )
    return runId ? { runId } : {}
  }

  async forgetConnection(connectionId: string) {
    this.ctx.storage.transactionSync(() => this.connections.forget(connectionId))
  }

  async acquireLease(key: string, holder: string, ttlMs: number) {
    return this.leases.acquire(key, holder, ttlMs)
  }

  async completeLease(key: string, holder: string) {
    this.leases.complete(key, holder)
  }

  async releaseLease(key: string, holder: string) {
    this.leases.release(key, holder)
  }

  private register(): Register {
    return this.writer.register()
  }

  private commit(change: Change, who: Who, alsoWrite?: (runId: string) => void) {
    return this.writer.commit(change, who, alsoWrite)
  }

  private requireTopLevel(id: string | undefined, field = 'topLevelId'): void {
    if (id?.trim() && !this.register().topLevels.some((t) => t.id === id)) {
      throw registerError(
        'invalid',
        `There is no top level ${id}. Pick one from the list or create it first.`,
        field,
      )
    }
  }

  /** A person's edit as a run; an operation that does not fit is a 400 naming what is missing. */
  private commitManual(
    kind: Plan['kind'],
    operations: RunChange['operations'],
    actor: string,
  ): void {
    try {
      this.commit({ kind, connectionId: '', operations }, { actor, trigger: 'user' })
    } catch (error) {
      if (error instanceof PlanApplyError) throw registerError('invalid', error.message)
      throw error
    }
  }
}
