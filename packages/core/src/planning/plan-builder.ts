import type { PlanOperation } from '../operations/operation'
import type { Plan, PlanKind, PlanSummary, Quarantined, Skipped } from '../operations/plan'

/** A summary with every count at zero. */
export function emptySummary(): PlanSummary {
  return {
    customers: { create: 0, update: 0, unchanged: 0, skipped: 0 },
    subscriptions: {
      create: 0,
      update: 0,
      unchanged: 0,
      skipped: 0,
      deactivate: 0,
      zero: 0,
      quarantined: 0,
    },
    mappings: { add: 0, update: 0, remove: 0 },
  }
}

/**
 * Counts one operation into a summary. Kinds the core does not know (the register's own
 * top-level and removal operations) have no line and are left uncounted.
 */
export function countOperation(summary: PlanSummary, op: string): void {
  switch (op) {
    case 'createCustomer':
      summary.customers.create++
      break
    case 'updateCustomer':
      summary.customers.update++
      break
    case 'addMapping':
      summary.mappings.add++
      break
    case 'updateMapping':
      summary.mappings.update++
      break
    case 'removeMapping':
      summary.mappings.remove++
      break
    case 'createSubscription':
      summary.subscriptions.create++
      break
    case 'updateSubscription':
      summary.subscriptions.update++
      break
    case 'deactivateSubscription':
      summary.subscriptions.deactivate++
      break
    case 'zeroSubscription':
      summary.subscriptions.zero++
      break
  }
}

/** Collects a plan's operations and keeps its summary in step with them. */
export class PlanBuilder {
  readonly operations: PlanOperation[] = []
  readonly skipped: Skipped[] = []
  readonly quarantine: Quarantined[] = []
  readonly summary: PlanSummary = emptySummary()

  add(operation: PlanOperation): void {
    this.operations.push(operation)
    countOperation(this.summary, operation.op)
  }

  skip(entry: Skipped): void {
    this.skipped.push(entry)
    if (entry.entity === 'customer') this.summary.customers.skipped++
    else if (entry.entity === 'subscription') this.summary.subscriptions.skipped++
  }

  hold(entry: Quarantined): void {
    this.quarantine.push(entry)
    this.summary.subscriptions.quarantined++
  }

  build(kind: PlanKind, connectionId: string, baseVersion: number): Plan {
    return {
      kind,
      connectionId,
      baseVersion,
      operations: this.operations,
      skipped: this.skipped,
      quarantine: this.quarantine,
      summary: this.summary,
    }
  }
}

/** A plan summary counted from operations, for the runs the register makes itself. */
export function summarize(operations: readonly { op: string }[]): PlanSummary {
  // Top levels and removals have no line in the summary; the run's operation count has them.
  const summary = emptySummary()
  for (const operation of operations) countOperation(summary, operation.op)
  return summary
}
