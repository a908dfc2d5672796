import { psaAdapterById } from '@seatkeeper/psa'
import {
  applyOperations,
  autoAcceptBillingLinks,
  billingLineCreation,
  billingLineEdit,
  PlanApplyError,
  type BillingLine,
  type BillingLineInput,
  type BillingLinePatch,
  type BillingRun,
  type CsvImportResult,
  type Dismissal,
  type NotBillable,
  type Operation,
  type PlanKind,
  type Register,
  type Subscription,
  suggestBillingLinks,
} from '@seatkeeper/core'
import { AppError } from '../http/app-error'
import type { IdempotencyStore } from '../register/idempotency-store'
import { newId, type RegisterWriter } from '../register/register-writer'
import { readBillingLineCsv } from './read-billing-line-csv'

/**
 * A person's billing writes (docs/register.md "Billing"): each a run of the one change model, so
 * it is in the run ledger with before/after and can be undone. Creates sent with an idempotency
 * key answer their first answer again. Refusals are AppErrors; the register object returns them
 * as Results.
 */
export class BillingWrites {
  constructor(
    private readonly writer: RegisterWriter,
    private readonly idempotency: IdempotencyStore,
    /** The auto-accept threshold the person set (ReconciliationStore), read at each import. */
    private readonly autoAcceptThreshold: () => number | undefined,
  ) {}

  createLine(input: BillingLineInput, actor: string, key?: string): BillingLine {
    const replayed = key ? this.idempotency.replay('billing-lines', key) : undefined
    if (replayed !== undefined) return replayed as BillingLine
    requireCustomer(this.writer.register(), input.customerId)
    const operation = billingLineCreation(newId('bl'), input, { kind: 'seatkeeper' })
    this.commit('manual', [operation], actor, () => {
      if (key) this.idempotency.remember('billing-lines', key, operation.after)
    })
    return operation.after
  }

  updateLine(
    id: string,
    version: number,
    patch: Omit<BillingLinePatch, 'version'>,
    actor: string,
  ): BillingLine {
    const current = lineOf(this.writer.register(), id)
    if (current.version !== version) {
      throw new AppError(
        'conflict',
        `Billing line "${current.description}" was changed since you opened it (your version ${version}, now ${current.version}). Reload it and make your edit again.`,
        { field: 'version' },
      )
    }
    if (current.source.kind === 'psa') {
      // The PSA invoices from its own line: an edit here would be undone by the next import and
      // never reach the invoice (docs/psa.md "Write-back").
      const psa = psaAdapterById(current.source.psa)?.label ?? current.source.psa
      throw new AppError(
        'conflict',
        `Billing line "${current.description}" is ${psa}'s: change it through write-back (approve the finding) or in ${psa}, then import its billing lines again.`,
      )
    }
    const operation = billingLineEdit(current, patch)
    if (!operation) return current
    this.commit('manual', [operation], actor)
    return lineOf(this.writer.register(), id)
  }

  removeLine(id: string, actor: string): BillingRun {
    const register = this.writer.register()
    const line = lineOf(register, id)
    const linked = register.subscriptions.filter((s) => s.billingLineId === id).length
    if (linked > 0) {
      throw new AppError(
        'conflict',
        `Billing line "${line.description}" still has ${linked} linked subscription${linked === 1 ? '' : 's'}. Unlink ${linked === 1 ? 'it' : 'them'} first, then remove the line.`,
      )
    }
    return this.commit('manual', [{ op: 'removeBillingLine', before: line }], actor)
  }

  link(subscriptionId: string, billingLineId: string | null, actor: string): BillingRun {
    const register = this.writer.register()
    const subscription = subscriptionOf(register, subscriptionId)
    if (billingLineId !== null) {
      const line = register.billingLines.find((l) => l.id === billingLineId)
      if (!line || line.customerId !== subscription.customerId) {
        throw new AppError(
          'invalid',
          line
            ? `Billing line "${line.description}" belongs to another customer; link "${subscription.name}" to a line of its own customer.`
            : `There is no billing line ${billingLineId}. It may have been removed; reload the customer's lines.`,
          { field: 'billingLineId' },
        )
      }
    }
    const now = subscription.billingLineId ?? null
    if (now === billingLineId) return { runId: null }
    return this.commit(
      'manual',
      [
        {
          op: 'linkSubscription',
          subscriptionId,
          before: { billingLineId: now },
          after: { billingLineId },
        },
      ],
      actor,
    )
  }

  markNotBillable(subscriptionId: string, notBillable: NotBillable | null, actor: string) {
    const subscription = subscriptionOf(this.writer.register(), subscriptionId)
    const now = subscription.notBillable ?? null
    if (JSON.stringify(now) === JSON.stringify(notBillable)) return { runId: null }
    return this.commit(
      'manual',
      [
        {
          op: 'markNotBillable',
          subscriptionId,
          before: { notBillable: now },
          after: { notBillable },
        },
      ],
      actor,
    )
  }

  dismiss(findingId: string, reason: string, actor: string, key?: string): Dismissal {
    const replayed = key ? this.idempotency.replay('dismissals', key) : undefined
    if (replayed !== undefined) return replayed as Dismissal
    const already = this.writer.register().dismissals.find((d) => d.findingId === findingId)
    if (already) {
      throw new AppError(
        'conflict',
        `This finding was already dismissed by ${already.by} on ${already.at.slice(0, 10)} ("${already.reason}").`,
        { field: 'findingId' },
      )
    }
    const dismissal: Dismissal = { findingId, reason, by: actor, at: new Date().toISOString() }
    this.commit('reconciliation', [{ op: 'dismissFinding', after: dismissal }], actor, () => {
      if (key) this.idempotency.remember('dismissals', key, dismissal)
    })
    return dismissal
  }

  restore(findingId: string, actor: string): BillingRun {
    const dismissal = this.writer.register().dismissals.find((d) => d.findingId === findingId)
    if (!dismissal) {
      throw new AppError(
        'not-found',
        'That finding is not dismissed (it may have been restored already); reload the list.',
      )
    }
    return this.commit('reconciliation', [{ op: 'restoreFinding', before: dismissal }], actor)
  }

  /** The file's lines in one csv-import run, or — when any row is bad — nothing at all. */
  importCsv(csv: string, actor: string, key?: string): CsvImportResult {
    const replayed = key ? this.idempotency.replay('billing-line-import', key) : undefined
    if (replayed !== undefined) return replayed as CsvImportResult
    const register = this.writer.register()
    const read = readBillingLineCsv(csv, register, newId)
    if (read.errors.length > 0) return { imported: 0, runId: null, errors: read.errors }
    // With an auto-accept threshold set, the links a person agreed to take on trust are made in
    // the same run, so one undo takes back the lines and their links together.
    const threshold = this.autoAcceptThreshold()
    const links =
      threshold === undefined || read.operations.length === 0
        ? []
        : autoAcceptLinks(applyOperations(register, read.operations), threshold)
    let answer: CsvImportResult = { imported: 0, runId: null, errors: [] }
    this.commit('csv-import', [...read.operations, ...links], actor, (runId) => {
      answer = { imported: read.operations.length, runId, errors: [] }
      if (key) this.idempotency.remember('billing-line-import', key, answer)
    })
    return answer
  }

  /**
   * A person's write as a run; an operation that does not fit is a 400 naming the field, which
   * for the one operation of an edit is the request body's (`operations[0].after.unitPrice` →
   * `unitPrice`).
   */
  private commit(
    kind: PlanKind,
    operations: readonly Operation[],
    actor: string,
    alsoWrite?: (runId: string) => void,
  ): BillingRun {
    try {
      const { runId } = this.writer.commit(
        { kind, connectionId: '', operations },
        { actor, trigger: 'user' },
        alsoWrite,
      )
      return { runId }
    } catch (error) {
      if (!(error instanceof PlanApplyError)) throw error
      const field = /^operations\[0\]\.after\.(.+)$/.exec(error.field)?.[1]
      throw new AppError('invalid', error.message, field ? { field } : {})
    }
  }
}

function requireCustomer(register: Register, id: string): void {
  if (!register.customers.some((c) => c.id === id)) {
    throw new AppError(
      'invalid',
      `There is no customer ${id}. Pick the customer from the list; it may have been removed.`,
      { field: 'customerId' },
    )
  }
}

function lineOf(register: Register, id: string): BillingLine {
  const line = register.billingLines.find((l) => l.id === id)
  if (line) return line
  throw new AppError(
    'not-found',
    `There is no billing line ${id}. It may have been removed; reload the customer's lines.`,
  )
}

function subscriptionOf(register: Register, id: string): Subscription {
  const subscription = register.subscriptions.find((s) => s.id === id)
  if (subscription) return subscription
  throw new AppError(
    'not-found',
    `There is no subscription ${id}. It may have been removed by a sync; reload the customer.`,
  )
}

function autoAcceptLinks(register: Register, threshold: number): Operation[] {
  return autoAcceptBillingLinks(register, suggestBillingLinks(register), threshold)
}
